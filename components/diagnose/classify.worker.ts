/// <reference lib="webworker" />
// Classifies pastes off the main thread, so a 5 MB paste does not freeze the page.
// Nothing leaves the browser: the worker only reads the catalogue bundled with it.
import { catalogue, entryBySlug } from "@/lib/catalogue";
import { createClassifier, redact } from "@/lib/classify";
import { toDiagnoseEntry, type DiagnoseEntry } from "@/lib/diagnose/entry-view";
import type { ClassifyFailure, ClassifyRequest, ClassifyResponse } from "./protocol";

const classify = createClassifier(catalogue);

self.onmessage = (event: MessageEvent<ClassifyRequest>) => {
  const { id, text } = event.data;
  try {
    const started = performance.now();
    const result = classify(text);
    const redacted = redact(text).text;
    const entries: Record<string, DiagnoseEntry> = {};
    for (const finding of result.findings) {
      for (const slug of [finding.entrySlug, finding.runnerUp?.entrySlug]) {
        const entry = slug ? entryBySlug(slug) : undefined;
        if (entry) entries[entry.slug] = toDiagnoseEntry(entry);
      }
    }
    const response: ClassifyResponse = { id, result, redacted, entries, ms: performance.now() - started };
    self.postMessage(response);
  } catch (error) {
    const failure: ClassifyFailure = { id, error: error instanceof Error ? error.message : String(error) };
    self.postMessage(failure);
  }
};
