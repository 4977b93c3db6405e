/// <reference lib="webworker" />
// Classifies pastes off the main thread, so a 5 MB paste does not freeze the page.
// Nothing leaves the browser: the worker only reads the catalogue bundled with it.
import { catalogue, entryBySlug } from "@/lib/catalogue";
import { createClassifier, preparePaste } from "@/lib/classify";
import { toDiagnoseEntry, type DiagnoseEntry } from "@/lib/diagnose/entry-view";
import { findingLabel } from "@/lib/diagnose/labels";
import { findingsTimeline } from "@/lib/diagnose/timeline";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import type { WorkerRequest, WorkerResponse } from "./protocol";

const classify = createClassifier(catalogue);

/** The entries for `slugs` that exist in the catalogue, with their text in `locale`; unknown slugs are left out. */
function entriesFor(slugs: Iterable<string | null | undefined>, locale: Locale): Record<string, DiagnoseEntry> {
  const entries: Record<string, DiagnoseEntry> = {};
  for (const slug of slugs) {
    const entry = typeof slug === "string" ? entryBySlug(slug) : undefined;
    if (entry) entries[entry.slug] = toDiagnoseEntry(entry, locale);
  }
  return entries;
}

function answer(request: WorkerRequest): WorkerResponse {
  // A request that names no language (or one the desk does not have) is answered in English.
  const locale: Locale = isLocale(request.locale) ? request.locale : "en";
  if (request.kind === "entries") return { kind: "entries", id: request.id, entries: entriesFor(request.slugs, locale) };
  const started = performance.now();
  const result = classify(request.text);
  // The text the classifier read: secrets masked, terminal colour codes gone, every line break kept.
  const redacted = preparePaste(request.text).text;
  const slugs = result.findings.flatMap((f) => [f.entrySlug, f.runnerUp?.entrySlug, ...(f.candidates ?? [])]);
  const entries = entriesFor(slugs, locale);
  // Series are named in English whatever the page's language (codes and documented messages are the same in both), so a
  // share link's timeline reads the same on either page; the page shows the few English words in its language.
  const timeline = findingsTimeline(result.findings, (i) => {
    const f = result.findings[i]!;
    return findingLabel(f, f.entrySlug ? entries[f.entrySlug] ?? null : null);
  });
  return { kind: "classify", id: request.id, result, redacted, entries, timeline, ms: performance.now() - started };
}

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  try {
    self.postMessage(answer(event.data));
  } catch (error) {
    const failure: WorkerResponse = { kind: "failure", id: event.data.id, error: error instanceof Error ? error.message : String(error) };
    self.postMessage(failure);
  }
};
