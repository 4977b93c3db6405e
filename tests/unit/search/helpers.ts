import fs from "node:fs";
import path from "node:path";
import { CatalogueError, loadCatalogue, parseEntryFile } from "@/lib/catalogue/load";
import type { Entry } from "@/lib/catalogue/schema";
import { parseTranslationFile } from "@/lib/catalogue/translation";
import { compactDocs, toSearchDocs, type SearchDoc, type SearchDocCore } from "@/lib/search/documents";
import { buildSearchIndex, type SearchIndexJson } from "@/lib/search/index-build";
import { createSearcher, type Searcher } from "@/lib/search/search";

const dir = path.join(process.cwd(), "content/codes");
const zhDir = path.join(process.cwd(), "content/zh/codes");

/**
 * Sets `zh` on every entry whose Chinese file exists and parses. While the
 * Chinese files are still being written some are missing (or half done): those
 * entries are searched in English only, and `missingZh` names them.
 */
function attachChinese(entries: Entry[]): string[] {
  const missing: string[] = [];
  for (const entry of entries) {
    const file = path.join(zhDir, `${entry.slug}.md`);
    if (!fs.existsSync(file)) {
      missing.push(entry.slug);
      continue;
    }
    const { text } = parseTranslationFile(`content/zh/codes/${entry.slug}.md`, fs.readFileSync(file, "utf8"), entry);
    if (text) entry.zh = text;
    else missing.push(entry.slug);
  }
  return missing;
}

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
  /** Entries with no usable Chinese file yet. */
  missingZh: string[];
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
  const missingZh = attachChinese(entries);
  const docs = toSearchDocs(entries);
  const shippedDocs = JSON.parse(JSON.stringify(compactDocs(docs))) as SearchDocCore[];
  const indexJson = JSON.parse(JSON.stringify(buildSearchIndex(docs))) as SearchIndexJson;
  cached = { entries, missingZh, docs, shippedDocs, indexJson, search: createSearcher(shippedDocs, indexJson) };
  return cached;
}

export function slugs(results: { doc: { slug: string } }[]): string[] {
  return results.map((r) => r.doc.slug);
}
