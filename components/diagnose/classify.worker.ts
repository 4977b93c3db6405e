/// <reference lib="webworker" />
// Classifies pastes off the main thread, so a 5 MB paste does not freeze the page.
// Nothing leaves the browser: the worker only reads data bundled with the app.
// It starts with the classifier's share of the catalogue (lib/classify/generated-data.ts: codes,
// messages, statuses, cause signals); the entries' text in the page's language (causes, steps,
// summaries) is a separate file, loaded the first time a finding needs it.
import { createPasteReader } from "@/lib/classify";
import { classifierData } from "@/lib/classify/generated-data";
import type { DiagnoseEntry } from "@/lib/diagnose/entry-view";
import { findingLabel } from "@/lib/diagnose/labels";
import { findingsTimeline } from "@/lib/diagnose/timeline";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import type { WorkerRequest, WorkerResponse } from "./protocol";

const readPaste = createPasteReader(classifierData);

type EntryViews = Record<string, DiagnoseEntry>;
const views = new Map<Locale, Promise<EntryViews>>();

/** The diagnose page's view of every entry in `locale` (generated/diagnose-entries.<locale>.json), loaded once. */
function entryViews(locale: Locale): Promise<EntryViews> {
  let loaded = views.get(locale);
  if (!loaded) {
    loaded = (
      locale === "zh"
        ? import("@/generated/diagnose-entries.zh.json").then((m) => m.default)
        : import("@/generated/diagnose-entries.en.json").then((m) => m.default)
    ) as Promise<EntryViews>;
    views.set(locale, loaded);
  }
  return loaded;
}

/** The entries for `slugs` that exist in the catalogue, with their text in `locale`; unknown slugs are left out. */
async function entriesFor(slugs: Iterable<string | null | undefined>, locale: Locale): Promise<EntryViews> {
  const wanted = [...slugs].filter((slug): slug is string => typeof slug === "string");
  const entries: EntryViews = {};
  if (wanted.length === 0) return entries;
  const all = await entryViews(locale);
  for (const slug of wanted) {
    const entry = Object.hasOwn(all, slug) ? all[slug] : undefined;
    if (entry) entries[slug] = entry;
  }
  return entries;
}

async function answer(request: WorkerRequest): Promise<WorkerResponse> {
  // A request that names no language (or one the desk does not have) is answered in English.
  const locale: Locale = isLocale(request.locale) ? request.locale : "en";
  if (request.kind === "entries") return { kind: "entries", id: request.id, entries: await entriesFor(request.slugs, locale) };
  const started = performance.now();
  // The text the classifier read (secrets masked, terminal colour codes gone, every line break kept), masked once.
  const { result, text: redacted } = readPaste(request.text);
  const slugs = result.findings.flatMap((f) => [f.entrySlug, f.runnerUp?.entrySlug, ...(f.candidates ?? [])]);
  const entries = await entriesFor(slugs, locale);
  // Series are named in English whatever the page's language (codes and documented messages are the same in both), so a
  // share link's timeline reads the same on either page; the page shows the few English words in its language.
  const timeline = findingsTimeline(result.findings, (i) => {
    const f = result.findings[i]!;
    return findingLabel(f, f.entrySlug ? (entries[f.entrySlug] ?? null) : null);
  });
  return { kind: "classify", id: request.id, result, redacted, entries, timeline, ms: performance.now() - started };
}

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  try {
    self.postMessage(await answer(event.data));
  } catch (error) {
    const failure: WorkerResponse = { kind: "failure", id: event.data.id, error: error instanceof Error ? error.message : String(error) };
    self.postMessage(failure);
  }
};
