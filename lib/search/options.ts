import type { IFuseOptions } from "fuse.js";
import type { SearchDoc } from "./documents";
import { tokenize } from "./segment";

export { tokenize, queryTokens } from "./segment";

/**
 * The fuse.js keys and options, shared by the build (index-build.ts) and the
 * browser (search.ts): an index only works with the keys it was built with.
 * Weights: code > message > keywords > summary > causes > steps; the Chinese
 * text (the *Zh keys) weighs the same as the English it translates.
 */
export const FUSE_KEYS = [
  { name: "code", weight: 4 },
  { name: "messages", weight: 3 },
  { name: "keywords", weight: 2.5 },
  { name: "keywordsZh", weight: 2.5 },
  { name: "summary", weight: 1.5 },
  { name: "summaryZh", weight: 1.5 },
  { name: "causes", weight: 1 },
  { name: "causesZh", weight: 1 },
  { name: "steps", weight: 0.5 },
  { name: "stepsZh", weight: 0.5 },
] as const satisfies ReadonlyArray<{ name: keyof SearchDoc; weight: number }>;

export type SearchField = (typeof FUSE_KEYS)[number]["name"];

/** The Chinese fields, and the English field each one translates. */
export const ZH_FIELDS = {
  keywordsZh: "keywords",
  summaryZh: "summary",
  causesZh: "causes",
  stepsZh: "steps",
} as const satisfies Partial<Record<SearchField, SearchField>>;

export const FUSE_OPTIONS: IFuseOptions<SearchDoc> = {
  keys: FUSE_KEYS.map((k) => ({ name: k.name, weight: k.weight })),
  includeMatches: true,
  includeScore: true,
  ignoreLocation: true,
  // Each query word is matched on its own (typos allowed), weighted by how rare it is.
  useTokenSearch: true,
  // Words as the candidate filter sees them: Latin words, and Chinese as character bigrams (segment.ts).
  tokenize,
  tokenMatch: "any",
  threshold: 0.34,
  minMatchCharLength: 2,
  findAllMatches: false,
  shouldSort: true,
};
