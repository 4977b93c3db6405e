import Fuse from "fuse.js";
import type { SearchDoc } from "./documents";
import { FUSE_OPTIONS } from "./options";

/** The serialised fuse.js index: the shape of generated/search-index.json. */
export type SearchIndexJson = ReturnType<ReturnType<typeof Fuse.createIndex<SearchDoc>>["toJSON"]>;

/** Builds the fuse.js index once, at build time; the browser only parses it. */
export function buildSearchIndex(docs: readonly SearchDoc[]): SearchIndexJson {
  return Fuse.createIndex(FUSE_OPTIONS.keys!, docs).toJSON();
}
