/**
 * Build step: validates content/codes and writes the data the app, the API
 * and the command line read at run time into generated/ (not committed).
 * Runs before `dev`, `build` and the tests; fails with every content problem named.
 */
import { buildSync } from "esbuild";
import fs from "node:fs";
import path from "node:path";
import { loadContent } from "../lib/catalogue/content";
import { loadExamples } from "../lib/catalogue/examples";
import { CatalogueError, formatProblem } from "../lib/catalogue/load";
import { loadTeamNotes } from "../lib/catalogue/notes";
import { loadStatusPreference } from "../lib/catalogue/status-preference";
import { toClassifierData } from "../lib/classify/data";
import { toDiagnoseEntry } from "../lib/diagnose/entry-view";
import { LOCALES } from "../lib/i18n/locales";
import { compactDocs, toSearchDocs } from "../lib/search/documents";
import { buildSearchIndex } from "../lib/search/index-build";

const root = process.cwd();
const outDir = path.join(root, "generated");

function main(): void {
  const entries = loadContent(root);
  fs.mkdirSync(outDir, { recursive: true });
  const catalogueJson = JSON.stringify(entries);
  fs.writeFileSync(path.join(outDir, "catalogue.json"), catalogueJson);
  fs.writeFileSync(path.join(outDir, "slugs.json"), JSON.stringify(entries.map((e) => e.slug)));
  console.log(`build-data: ${entries.length} entries -> generated/catalogue.json (${(catalogueJson.length / 1024).toFixed(1)} KiB)`);

  // The classifier's share of the catalogue (codes, messages, statuses, cause signals) and the
  // entries to suggest for a bare status (content/status-preference.json): all the classifier loads.
  const statusPreference = loadStatusPreference(root, entries);
  const classifierJson = JSON.stringify(toClassifierData(entries, statusPreference));
  fs.writeFileSync(path.join(outDir, "classifier-data.json"), classifierJson);
  console.log(`build-data: classifier data -> generated/classifier-data.json (${(classifierJson.length / 1024).toFixed(1)} KiB)`);
  // What the diagnose page shows of each entry, one file per language: its worker loads the page's one when a finding needs it.
  for (const locale of LOCALES) {
    const views = Object.fromEntries(entries.map((entry) => [entry.slug, toDiagnoseEntry(entry, locale)]));
    const json = JSON.stringify(views);
    fs.writeFileSync(path.join(outDir, `diagnose-entries.${locale}.json`), json);
    console.log(
      `build-data: diagnose entries (${locale}) -> generated/diagnose-entries.${locale}.json (${(json.length / 1024).toFixed(1)} KiB)`,
    );
  }

  // Runnable examples (content/examples/): one for every entry whose fix is the caller's, each
  // checked against the catalogue and the classifier; a bad or missing one stops the build.
  // EXAMPLES_ALLOW_MISSING=1 only warns about entries that still lack one (while examples are being written).
  const allowMissing = process.env.EXAMPLES_ALLOW_MISSING === "1";
  const missing: string[] = [];
  const examples = loadExamples(
    path.join(root, "content", "examples"),
    entries,
    statusPreference,
    root,
    allowMissing ? { onMissing: (p) => missing.push(formatProblem(p)) } : {},
  );
  if (missing.length > 0)
    console.warn(
      `build-data: ${missing.length} caller entr(y/ies) without an example (EXAMPLES_ALLOW_MISSING=1):\n  ${missing.join("\n  ")}`,
    );
  fs.writeFileSync(path.join(outDir, "examples.json"), JSON.stringify(examples));
  console.log(`build-data: ${examples.length} example(s) -> generated/examples.json`);

  // Team notes: a deployment's own notes on codes, from the folder NOTES_DIR names (optional).
  const notesDir = process.env.NOTES_DIR;
  const notes = notesDir ? loadTeamNotes(path.resolve(root, notesDir), entries) : [];
  fs.writeFileSync(path.join(outDir, "notes.json"), JSON.stringify(notes));
  console.log(`build-data: ${notes.length} team note(s)${notesDir ? ` from ${notesDir}` : " (NOTES_DIR not set)"} -> generated/notes.json`);

  // Search: the documents the browser shows and the fuse.js index, built once here.
  const searchDocs = toSearchDocs(entries);
  const docsJson = JSON.stringify(compactDocs(searchDocs));
  const indexJson = JSON.stringify(buildSearchIndex(searchDocs));
  fs.writeFileSync(path.join(outDir, "search-docs.json"), docsJson);
  fs.writeFileSync(path.join(outDir, "search-index.json"), indexJson);
  // The classify pool's worker thread: the classifier, its data and the catalogue (for the answer's entries) in one file Node can start on its own.
  const workerFile = path.join(outDir, "classify-worker.mjs");
  buildSync({
    entryPoints: [path.join(root, "lib", "server", "classify-worker.ts")],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    outfile: workerFile,
    logLevel: "warning",
  });
  console.log(`build-data: classify worker -> generated/classify-worker.mjs (${(fs.statSync(workerFile).size / 1024).toFixed(1)} KiB)`);

  console.log(
    `build-data: search -> generated/search-docs.json (${(docsJson.length / 1024).toFixed(1)} KiB), generated/search-index.json (${(indexJson.length / 1024).toFixed(1)} KiB)`,
  );
}

try {
  main();
} catch (error) {
  if (error instanceof CatalogueError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
