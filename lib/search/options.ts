import type { IFuseOptions } from "fuse.js";
import type { SearchDoc } from "./documents";

/**
 * The fuse.js keys and options, shared by the build (index-build.ts) and the
 * browser (search.ts): an index only works with the keys it was built with.
 * Weights: code > message > keywords > summary > causes > steps.
 */
export const FUSE_KEYS = [
  { name: "code", weight: 4 },
  { name: "messages", weight: 3 },
  { name: "keywords", weight: 2.5 },
  { name: "summary", weight: 1.5 },
  { name: "causes", weight: 1 },
  { name: "steps", weight: 0.5 },
] as const satisfies ReadonlyArray<{ name: keyof SearchDoc; weight: number }>;

export type SearchField = (typeof FUSE_KEYS)[number]["name"];

export const FUSE_OPTIONS: IFuseOptions<SearchDoc> = {
  keys: FUSE_KEYS.map((k) => ({ name: k.name, weight: k.weight })),
  includeMatches: true,
  includeScore: true,
  ignoreLocation: true,
  // Each query word is matched on its own (typos allowed), weighted by how rare it is.
  useTokenSearch: true,
  tokenMatch: "any",
  threshold: 0.34,
  minMatchCharLength: 2,
  findAllMatches: false,
  shouldSort: true,
};

/** fuse.js's default token pattern; the candidate pre-filter tokenises the same way. */
export const TOKEN_PATTERN = /[\p{L}\p{M}\p{N}_]+/gu;

export function tokenize(text: string): string[] {
  return text.toLowerCase().match(TOKEN_PATTERN) ?? [];
}
