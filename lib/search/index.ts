/**
 * Search over the catalogue, for the browser and the server alike.
 *
 *   import { getSearcher, looksLikePaste, closestCodes, searchDocs } from "@/lib/search";
 *   const results = getSearcher()("apig0308", { layer: "apig" }, 10);
 *
 * The documents and the fuse.js index are built once by scripts/build-data.ts
 * (generated/search-docs.json, generated/search-index.json); here they are
 * only parsed, the first time a search runs.
 *
 * One index holds both languages: the English entry and its Chinese text
 * (keywordsZh, summaryZh, causesZh, stepsZh). Chinese is matched on character
 * bigrams (segment.ts), so 欠费, 图片太大了怎么办 and "APIG.0308 限流" all work.
 * `SearchResult.why` is a list of MatchReason, with no words in it: the UI words
 * each `kind` in the page's language and shows `value` as it matched.
 */
import docsJson from "../../generated/search-docs.json";
import indexJson from "../../generated/search-index.json";
import type { SearchDocCore } from "./documents";
import type { SearchIndexJson } from "./index-build";
import { createSearcher, type Searcher } from "./search";

export type { Category, SearchDocCore, SearchDoc } from "./documents";
export type { SearchFilters, SearchResult, Highlight, Range, Searcher, MatchReason, MatchKind, MatchLanguage } from "./search";
export type { SearchField } from "./options";
export type { ClosestCode, ClosestReason, ClosestDoc } from "./closest";
export type { SearchIndexJson } from "./index-build";
export { createSearcher, matchesFilters, DEFAULT_LIMIT } from "./search";
export { closestCodes } from "./closest";
export { looksLikePaste, pasteKind } from "./paste";

/** The shipped documents, in catalogue order. */
export const searchDocs = docsJson as unknown as readonly SearchDocCore[];

let searcher: Searcher | null = null;

/** The catalogue's searcher, created on first use. */
export function getSearcher(): Searcher {
  searcher ??= createSearcher(searchDocs, indexJson as unknown as SearchIndexJson);
  return searcher;
}
