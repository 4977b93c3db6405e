import Fuse, { type FuseResult, type IFuseOptions } from "fuse.js";
import { familyOf, parseCode } from "../codes/normalize";
import type { Layer } from "../catalogue/schema";
import { CAUSE_SEPARATOR, type Category, type SearchDocCore } from "./documents";
import type { SearchIndexJson } from "./index-build";
import { FUSE_OPTIONS, tokenize, type SearchField } from "./options";
import { Prefilter, significantTerms, type IndexRecord } from "./prefilter";

export interface SearchFilters {
  layer?: Layer;
  /** An HTTP status; matches entries that can come with it (any of `statuses`). */
  status?: number;
  category?: Category;
}

/** Inclusive [start, end] character ranges inside `value`. */
export type Range = [number, number];

export interface Highlight {
  field: SearchField;
  /** The string the ranges point into (a message, keyword, cause, ...). */
  value: string;
  ranges: Range[];
  /** Position in the field's array (messages[1], causes[0], ...), when the field is a list. */
  refIndex?: number;
}

export interface SearchResult<D extends SearchDocCore = SearchDocCore> {
  doc: D;
  /** 0 is a perfect match, 1 is no match; results are sorted by it. */
  score: number;
  /** Short reasons for the UI: "code", "message", "keyword: rate limit", "cause: The token has expired". */
  why: string[];
  highlights: Highlight[];
}

export type Searcher<D extends SearchDocCore = SearchDocCore> = (
  query: string,
  filters?: SearchFilters,
  limit?: number,
) => SearchResult<D>[];

export const DEFAULT_LIMIT = 8;

/** How many records the word filter hands to fuse.js beyond `limit`, and how many strings of each. */
const EXTRA_CANDIDATES = 2;
const MAX_VALUES_PER_RECORD = 3;

const PHRASE_BOOST = 0.5;

function normalizePhrase(text: string): string {
  return tokenize(text).join(" ");
}

const FIELD_ORDER: SearchField[] = ["code", "messages", "keywords", "summary", "causes", "steps"];

/** A code-like word inside a longer query: "APIG.0308 rate limit", "error_code: apig-0308"; parseCode says whether it is ours. */
const embeddedCode = /(?<![A-Za-z0-9])([A-Za-z]{2,12})(?:[ \t]*[.\-_:][ \t]*|[ \t]*)(\d{4})(?![0-9])/g;

export function matchesFilters(doc: SearchDocCore, filters: SearchFilters | undefined): boolean {
  if (!filters) return true;
  if (filters.layer && doc.layer !== filters.layer) return false;
  if (filters.category && doc.category !== filters.category) return false;
  if (filters.status !== undefined && filters.status !== null && !doc.statuses.includes(filters.status)) return false;
  return true;
}

function truncate(text: string, max = 60): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}\u2026`;
}

function causeTitle(value: string): string {
  const at = value.indexOf(CAUSE_SEPARATOR);
  return at === -1 ? value : value.slice(0, at);
}

/** The "why it matched" line for one matched string. */
export function describeMatch(field: SearchField, value: string): string {
  switch (field) {
    case "code":
      return "code";
    case "messages":
      return "message";
    case "keywords":
      return `keyword: ${value}`;
    case "summary":
      return "summary";
    case "causes":
      return `cause: ${causeTitle(value)}`;
    case "steps":
      return `step: ${truncate(value)}`;
  }
}

function codeHighlight(doc: SearchDocCore): Highlight[] {
  return doc.code ? [{ field: "code", value: doc.code, ranges: [[0, doc.code.length - 1]] }] : [];
}

interface CodeHit {
  index: number;
  why: string;
}

/**
 * The exact paths, tried before fuzzy matching: a code in any spelling, the
 * start of a code being typed, a bare number, an HTTP status, and codes
 * written inside a longer query.
 */
function codeHits(query: string, docs: readonly SearchDocCore[]): { hits: CodeHit[]; final: boolean } {
  const q = query.trim();
  const hits: CodeHit[] = [];
  const seen = new Set<number>();
  const add = (predicate: (doc: SearchDocCore) => boolean, why: string) => {
    docs.forEach((doc, index) => {
      if (!seen.has(index) && predicate(doc)) {
        seen.add(index);
        hits.push({ index, why });
      }
    });
  };
  const numberOf = (doc: SearchDocCore) => (doc.code ? doc.code.slice(doc.code.indexOf(".") + 1) : null);

  const parsed = parseCode(q);
  if (parsed && parsed.known) {
    const canonical = parsed.canonical.toLowerCase();
    add((doc) => doc.code?.toLowerCase() === canonical, "code");
    const typed = /(\d{1,4})\s*$/.exec(q)?.[1] ?? "";
    if (typed.length < 4) {
      // "apig 03" while typing: every APIG code whose number starts with 03.
      add((doc) => doc.code !== null && familyOf(doc.code) === parsed.family && numberOf(doc)!.startsWith(typed), "code");
    } else if (hits.length > 0) {
      // The same number in the other families (APIG.0308 and APIGW.0308 are the same gateway error).
      add((doc) => numberOf(doc) === parsed.number, "code number");
    }
    // A code of ours that is not in the catalogue has no fuzzy answer: the UI offers closestCodes().
    return { hits, final: true };
  }

  if (/^\d{1,4}$/.test(q)) {
    const padded = q.padStart(4, "0");
    add((doc) => numberOf(doc) === padded, "code number");
    const status = Number(q);
    if (q.length === 3 && status >= 100 && status <= 599) {
      add((doc) => doc.statuses.includes(status), `HTTP status ${status}`);
    }
    if (q.length < 4) add((doc) => numberOf(doc)?.startsWith(q) ?? false, "code number");
    return { hits, final: hits.length > 0 };
  }

  for (const match of q.matchAll(embeddedCode)) {
    const code = parseCode(`${match[1]}.${match[2]}`);
    if (code?.known) add((doc) => doc.code?.toLowerCase() === code.canonical.toLowerCase(), "code");
  }
  return { hits, final: false };
}

function toHighlights(result: FuseResult<unknown>): Highlight[] {
  const highlights: Highlight[] = [];
  for (const match of result.matches ?? []) {
    if (!match.key || match.value === undefined) continue;
    highlights.push({
      field: match.key as SearchField,
      value: match.value,
      ranges: match.indices.map(([a, b]) => [a, b] as Range),
      ...(match.refIndex !== undefined ? { refIndex: match.refIndex } : {}),
    });
  }
  highlights.sort(
    (a, b) => FIELD_ORDER.indexOf(a.field) - FIELD_ORDER.indexOf(b.field) || (a.refIndex ?? 0) - (b.refIndex ?? 0),
  );
  return highlights;
}

function whyOf(highlights: readonly Highlight[]): string[] {
  const why: string[] = [];
  for (const h of highlights) {
    const reason = describeMatch(h.field, h.value);
    if (!why.includes(reason)) why.push(reason);
  }
  return why;
}

/**
 * Creates the search function from the shipped documents and the serialised
 * index (generated/search-docs.json and generated/search-index.json). The
 * documents must be in the order the index was built from.
 *
 * Order of results: codes (exact, then typed prefixes, bare numbers, HTTP
 * statuses), then fuzzy matches scored by fuse.js. An empty query lists every
 * entry that passes the filters, in catalogue order.
 */
export interface SearcherTuning {
  /** Records handed to fuse.js beyond `limit` (default 2). */
  extraCandidates?: number;
  /** Matching strings of each record handed to fuse.js (default 3). */
  maxValuesPerRecord?: number;
}

export function createSearcher<D extends SearchDocCore>(
  docs: readonly D[],
  indexJson: SearchIndexJson,
  tuning: SearcherTuning = {},
): Searcher<D> {
  const extraCandidates = tuning.extraCandidates ?? EXTRA_CANDIDATES;
  const maxValuesPerRecord = tuning.maxValuesPerRecord ?? MAX_VALUES_PER_RECORD;
  const index = Fuse.parseIndex<D>(indexJson as Parameters<typeof Fuse.parseIndex<D>>[0]);
  const allRecords = index.records as IndexRecord[];
  // Builds fuse.js's word statistics (for token search) over the whole catalogue, once.
  const fuse = new Fuse<D>(docs, FUSE_OPTIONS as unknown as IFuseOptions<D>, index);
  const prefilter = new Prefilter(
    allRecords,
    index.keys.map((k) => k.id),
  );

  return function search(query: string, filters?: SearchFilters, limit = DEFAULT_LIMIT): SearchResult<D>[] {
    const q = query ?? "";
    if (!q.trim()) {
      return docs
        .filter((doc) => matchesFilters(doc, filters))
        .slice(0, limit)
        .map((doc) => ({ doc, score: 1, why: [], highlights: [] }));
    }

    const results: SearchResult<D>[] = [];
    const taken = new Set<number>();
    const exact = codeHits(q, docs);
    for (const hit of exact.hits) {
      const doc = docs[hit.index];
      if (!matchesFilters(doc, filters)) continue;
      taken.add(hit.index);
      results.push({
        doc,
        score: 0,
        why: [hit.why],
        highlights: hit.why === "code" || hit.why === "code number" ? codeHighlight(doc) : [],
      });
      if (results.length >= limit) return results;
    }
    if (exact.final) return results;

    const records = prefilter.candidates(q, {
      maxCandidates: limit + extraCandidates,
      maxValuesPerRecord,
      lastWordOpen: /[\p{L}\p{N}_]$/u.test(q),
      allow: (i) => !taken.has(i) && matchesFilters(docs[i], filters),
    });
    if (records.length === 0) return results;

    index.setIndexRecords(records as typeof index.records);
    let found: FuseResult<D>[];
    try {
      // Stop words would only add highlights on every "the"; fuse.js sees the words that count.
      found = fuse.search(significantTerms(tokenize(q)).join(" "), { limit: limit - results.length });
    } finally {
      index.setIndexRecords(allRecords as typeof index.records);
    }
    // fuse.js scores words one by one; a message or keyword that holds the whole query as
    // a phrase ("No backend available.") beats one that only shares its words.
    const phrase = normalizePhrase(q);
    const fuzzy = found.map((result) => {
      const highlights = toHighlights(result);
      const whole =
        phrase.length >= 4 &&
        highlights.some((h) => (h.field === "messages" || h.field === "keywords") && normalizePhrase(h.value).includes(phrase));
      return { doc: result.item, score: (result.score ?? 1) * (whole ? PHRASE_BOOST : 1), why: whyOf(highlights), highlights };
    });
    fuzzy.sort((a, b) => a.score - b.score);
    return results.concat(fuzzy);
  };
}
