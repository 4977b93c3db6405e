import fs from "node:fs";
import path from "node:path";
import { CatalogueError, loadCatalogue, parseEntryFile } from "@/lib/catalogue/load";
import type { Entry } from "@/lib/catalogue/schema";
import { compactDocs, toSearchDocs, type SearchDoc, type SearchDocCore } from "@/lib/search/documents";
import { buildSearchIndex, type SearchIndexJson } from "@/lib/search/index-build";
import { createSearcher, type Searcher } from "@/lib/search/search";

const dir = path.join(process.cwd(), "content/codes");

function loadEntries(): Entry[] {
  try {
    return loadCatalogue(dir);
  } catch (error) {
    if (!(error instanceof CatalogueError)) throw error;
    // Only while other entries are still being written: fall back to the files that parse on their own.
    return fs
      .readdirSync(dir)
      .filter((name) => name.endsWith(".md"))
      .map((name) => parseEntryFile(`content/codes/${name}`, fs.readFileSync(path.join(dir, name), "utf8")).entry)
      .filter((entry): entry is Entry => entry !== null);
  }
}

export interface Fixture {
  entries: Entry[];
  docs: SearchDoc[];
  /** What the browser gets: generated/search-docs.json and generated/search-index.json, after JSON. */
  shippedDocs: SearchDocCore[];
  indexJson: SearchIndexJson;
  search: Searcher;
}

let cached: Fixture | null = null;

export function fixture(): Fixture {
  if (cached) return cached;
  const entries = loadEntries();
  const docs = toSearchDocs(entries);
  const shippedDocs = JSON.parse(JSON.stringify(compactDocs(docs))) as SearchDocCore[];
  const indexJson = JSON.parse(JSON.stringify(buildSearchIndex(docs))) as SearchIndexJson;
  cached = { entries, docs, shippedDocs, indexJson, search: createSearcher(shippedDocs, indexJson) };
  return cached;
}

export function slugs(results: { doc: { slug: string } }[]): string[] {
  return results.map((r) => r.doc.slug);
}
