import Fuse, { type FuseResult, type IFuseOptions } from "fuse.js";
import { familyOf, parseCode } from "../codes/normalize";
import type { Layer } from "../catalogue/schema";
import { CAUSE_SEPARATOR, type Category, type SearchDocCore } from "./documents";
import { unpackSearchIndex, type SearchIndexJson } from "./index-build";
import { FUSE_KEYS, FUSE_OPTIONS, ZH_FIELDS, queryTokens, tokenize, type SearchField } from "./options";
import { Prefilter, significantTerms, type IndexRecord, type SubRecord } from "./prefilter";
import { hasCjk, isCjkToken, withTokenMemo } from "./segment";
import { isCredentialQuery, signatureTier, tierRank } from "./intents";

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

/** What kind of thing a result matched on. */
export type MatchKind =
  /** The query is (or holds) the entry's code. */
  | "code"
  /** The query is the number part of the code (0308 for APIG.0308 and APIGW.0308). */
  | "codeNumber"
  /** The query is an HTTP status the entry comes with. */
  | "status"
  /** The query, as a phrase of two words or more, is part of a documented message (or a variant of it). */
  | "phrase"
  | "message"
  | "keyword"
  | "summary"
  | "cause"
  | "step";

/** The language of the text a reason quotes. */
export type MatchLanguage = "en" | "zh";

/**
 * One "why it matched" reason, with no words of any language in it: the UI
 * renders `kind` in the page's language and shows `value` as it is.
 */
export interface MatchReason {
  kind: MatchKind;
  /**
   * The text that matched, as written in the catalogue: the code, the number,
   * the status ("429"), the message, the keyword, the summary, the cause's
   * title (without its tell), the step's action. In the language it matched in.
   */
  value?: string;
  /** The language of `value`, for the catalogue's own text (not for codes, numbers, statuses and messages). */
  lang?: MatchLanguage;
  /** For a cause: its position among the entry's causes, the same in both languages. */
  index?: number;
}

export interface SearchResult<D extends SearchDocCore = SearchDocCore> {
  doc: D;
  /**
   * 0 is a perfect match, 1 is no match. Results come in tiers (codes and statuses, then credential
   * causes, then message phrases, then the rest), each sorted by it.
   */
  score: number;
  /** Why it matched, most telling first: code, status, phrase, message, keyword, summary, cause, step. */
  why: MatchReason[];
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
/**
 * Of those strings, at most this many from one Chinese field: Chinese keyword lists hold near-duplicates
 * (图片过大, 图片太大), and several entries share them; their summaries and causes tell them apart.
 */
const MAX_VALUES_PER_KEY = 2;
const CAPPED_KEYS: ReadonlySet<string> = new Set(Object.keys(ZH_FIELDS));

const PHRASE_BOOST = 0.5;

const MIN_MATCH_CHAR_LENGTH = FUSE_OPTIONS.minMatchCharLength ?? 1;

function normalizePhrase(text: string): string {
  return tokenize(text).join(" ");
}

/** The order matched strings are listed in: the fuse.js keys' own order, from the heaviest (code) down. */
const FIELD_ORDER: readonly SearchField[] = FUSE_KEYS.map((k) => k.name);

/** A code-like word inside a longer query: "APIG.0308 rate limit", "error_code: apig-0308"; parseCode says whether it is ours. */
const embeddedCode = /(?<![A-Za-z0-9])([A-Za-z]{2,12})(?:[ \t]*[.\-_:][ \t]*|[ \t]*)(\d{4})(?![0-9])/g;

export function matchesFilters(doc: SearchDocCore, filters: SearchFilters | undefined): boolean {
  if (!filters) return true;
  if (filters.layer && doc.layer !== filters.layer) return false;
  if (filters.category && doc.category !== filters.category) return false;
  if (filters.status !== undefined && filters.status !== null && !doc.statuses.includes(filters.status)) return false;
  return true;
}

function causeTitle(value: string): string {
  const at = value.indexOf(CAUSE_SEPARATOR);
  return at === -1 ? value : value.slice(0, at);
}

const FIELD_KIND: Record<SearchField, MatchKind> = {
  code: "code",
  messages: "message",
  keywords: "keyword",
  keywordsZh: "keyword",
  summary: "summary",
  summaryZh: "summary",
  causes: "cause",
  causesZh: "cause",
  steps: "step",
  stepsZh: "step",
};

/** The reason for one matched string (`refIndex`: its position in the field, for causes). */
export function describeMatch(field: SearchField, value: string, refIndex?: number): MatchReason {
  const kind = FIELD_KIND[field];
  if (kind === "code" || kind === "message" || kind === "phrase") return { kind, value };
  const reason: MatchReason = {
    kind,
    value: kind === "cause" ? causeTitle(value) : value,
    lang: field in ZH_FIELDS ? "zh" : "en",
  };
  if (kind === "cause" && refIndex !== undefined) reason.index = refIndex;
  return reason;
}

function sameReason(a: MatchReason, b: MatchReason): boolean {
  return a.kind === b.kind && a.value === b.value && a.lang === b.lang && a.index === b.index;
}

function codeHighlight(doc: SearchDocCore): Highlight[] {
  return doc.code ? [{ field: "code", value: doc.code, ranges: [[0, doc.code.length - 1]] }] : [];
}

interface CodeHit {
  index: number;
  why: MatchReason;
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
  const add = (predicate: (doc: SearchDocCore) => boolean, why: (doc: SearchDocCore) => MatchReason) => {
    docs.forEach((doc, index) => {
      if (!seen.has(index) && predicate(doc)) {
        seen.add(index);
        hits.push({ index, why: why(doc) });
      }
    });
  };
  const code = (doc: SearchDocCore): MatchReason => ({ kind: "code", value: doc.code ?? doc.slug });
  const codeNumber = (doc: SearchDocCore): MatchReason => ({ kind: "codeNumber", value: numberOf(doc) ?? "" });
  const numberOf = (doc: SearchDocCore) => (doc.code ? doc.code.slice(doc.code.indexOf(".") + 1) : null);

  const parsed = parseCode(q);
  if (parsed?.known) {
    const canonical = parsed.canonical.toLowerCase();
    add((doc) => doc.code?.toLowerCase() === canonical, code);
    const typed = /(\d{1,4})\s*$/.exec(q)?.[1] ?? "";
    if (typed.length < 4) {
      // "apig 03" while typing: every APIG code whose number starts with 03.
      add((doc) => doc.code !== null && familyOf(doc.code) === parsed.family && numberOf(doc)!.startsWith(typed), code);
    } else if (hits.length > 0) {
      // The same number in the other families (APIG.0308 and APIGW.0308 are the same gateway error).
      add((doc) => numberOf(doc) === parsed.number, codeNumber);
    }
    // A code of ours that is not in the catalogue has no fuzzy answer: the UI offers closestCodes().
    return { hits, final: true };
  }

  if (/^\d{1,4}$/.test(q)) {
    const padded = q.padStart(4, "0");
    const status = Number(q);
    if (q.length === 3 && status >= 100 && status <= 599) {
      // A bare status lists what returns it first: the entries whose main status it is, then those
      // that can also come with it; codes whose number holds the digits (0401, 4010...) only after them.
      const why = (): MatchReason => ({ kind: "status", value: String(status) });
      add((doc) => doc.httpStatus === status, why);
      add((doc) => doc.statuses.includes(status), why);
    }
    add((doc) => numberOf(doc) === padded, codeNumber);
    if (q.length < 4) add((doc) => numberOf(doc)?.startsWith(q) ?? false, codeNumber);
    return { hits, final: hits.length > 0 };
  }

  for (const match of q.matchAll(embeddedCode)) {
    const parsedCode = parseCode(`${match[1]}.${match[2]}`);
    if (parsedCode?.known) add((doc) => doc.code?.toLowerCase() === parsedCode.canonical.toLowerCase(), code);
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
  highlights.sort((a, b) => FIELD_ORDER.indexOf(a.field) - FIELD_ORDER.indexOf(b.field) || (a.refIndex ?? 0) - (b.refIndex ?? 0));
  return highlights;
}

/**
 * With minMatchCharLength 1, fuse.js also marks stray single letters of a fuzzy
 * Latin match; keep one-character ranges only where they are a one-character
 * Chinese word of the query.
 */
function onlyWordRanges(highlights: Highlight[], singles: ReadonlySet<string>): Highlight[] {
  const out: Highlight[] = [];
  for (const h of highlights) {
    const ranges = h.ranges.filter(([a, b]) => a !== b || singles.has(h.value[a]!.toLowerCase()));
    if (ranges.length > 0) out.push({ ...h, ranges });
  }
  return out;
}

function whyOf(highlights: readonly Highlight[]): MatchReason[] {
  const why: MatchReason[] = [];
  for (const h of highlights) {
    const reason = describeMatch(h.field, h.value, h.refIndex);
    if (!why.some((r) => sameReason(r, reason))) why.push(reason);
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
  /** Of those, at most this many from one Chinese field (default 2). */
  maxValuesPerKey?: number;
}

export function createSearcher<D extends SearchDocCore>(
  docs: readonly D[],
  indexJson: SearchIndexJson,
  tuning: SearcherTuning = {},
): Searcher<D> {
  const extraCandidates = tuning.extraCandidates ?? EXTRA_CANDIDATES;
  const maxValuesPerRecord = tuning.maxValuesPerRecord ?? MAX_VALUES_PER_RECORD;
  const maxValuesPerKey = tuning.maxValuesPerKey ?? MAX_VALUES_PER_KEY;
  const index = Fuse.parseIndex<D>(unpackSearchIndex(indexJson, docs) as Parameters<typeof Fuse.parseIndex<D>>[0]);
  const allRecords = index.records as IndexRecord[];
  const keyIds = index.keys.map((k) => k.id);
  /** The strings of one field of one document, from the unpacked index (the shipped docs do not hold them). */
  const valuesOf = (record: IndexRecord | undefined, key: SearchField): SubRecord[] => {
    const at = keyIds.indexOf(key);
    const value = at === -1 ? undefined : record?.$?.[at];
    return value === undefined ? [] : Array.isArray(value) ? value : [value];
  };
  const recordOf: IndexRecord[] = [];
  for (const record of allRecords) recordOf[record.i] = record;
  /** Each document's messages as words (tokenize, joined by one space), made when first needed. */
  const phraseCache = new Map<number, Array<{ text: string; words: string }>>();
  const messagesOf = (doc: number) => {
    let out = phraseCache.get(doc);
    if (!out) {
      out = valuesOf(recordOf[doc], "messages").map((sub) => ({ text: sub.v, words: ` ${normalizePhrase(sub.v)} ` }));
      phraseCache.set(doc, out);
    }
    return out;
  };
  /** Per document, its most specific signature cause (intents.ts), worked out on the first credential query. */
  let signatureCauses: Array<{ doc: number; tier: number; cause: number }> | null = null;
  const credentialHits = () => {
    if (!signatureCauses) {
      signatureCauses = [];
      docs.forEach((_, doc) => {
        let best: { doc: number; tier: number; cause: number } | null = null;
        valuesOf(recordOf[doc], "causes").forEach((sub, position) => {
          const tier = signatureTier(causeTitle(sub.v));
          if (tier !== -1 && (!best || tier < best.tier)) best = { doc, tier, cause: sub.i ?? position };
        });
        if (best) signatureCauses!.push(best);
      });
      signatureCauses.sort((a, b) => a.tier - b.tier || a.doc - b.doc);
    }
    return signatureCauses;
  };
  const causeReason = (doc: number, cause: number, zh: boolean): MatchReason => {
    const list = valuesOf(recordOf[doc], zh ? "causesZh" : "causes");
    const sub = list.find((s, position) => (s.i ?? position) === cause);
    if (zh && !sub) return causeReason(doc, cause, false);
    return { kind: "cause", value: causeTitle(sub?.v ?? ""), lang: zh ? "zh" : "en", index: cause };
  };
  // Builds fuse.js's word statistics (for token search) over the whole catalogue, once,
  // and the candidate filter's word index, tokenizing each string once for both.
  const { fuse, prefilter } = withTokenMemo(() => ({
    fuse: new Fuse<D>(docs, FUSE_OPTIONS as unknown as IFuseOptions<D>, index),
    prefilter: new Prefilter(
      allRecords,
      index.keys.map((k) => k.id),
    ),
  }));

  return function search(query: string, filters?: SearchFilters, limit = DEFAULT_LIMIT): SearchResult<D>[] {
    // Full-width letters, digits and punctuation from a Chinese keyboard (ＡＰＩＧ．０３０８，４２９) as ASCII.
    const q = (query ?? "").normalize("NFKC");
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
      const doc = docs[hit.index]!;
      if (!matchesFilters(doc, filters)) continue;
      taken.add(hit.index);
      results.push({
        doc,
        score: 0,
        why: [hit.why],
        highlights: hit.why.kind === "code" || hit.why.kind === "codeNumber" ? codeHighlight(doc) : [],
      });
      if (results.length >= limit) return results;
    }
    if (exact.final) return results;

    // "ak sk wrong", "signature mismatch", "签名不匹配": the entries whose cause is a bad signature, most specific first.
    if (isCredentialQuery(q)) {
      const zh = hasCjk(q);
      const rank = tierRank(q);
      const hits = [...credentialHits()].sort((a, b) => rank(a.tier) - rank(b.tier) || a.doc - b.doc);
      for (const hit of hits) {
        if (taken.has(hit.doc) || !matchesFilters(docs[hit.doc]!, filters)) continue;
        taken.add(hit.doc);
        results.push({ doc: docs[hit.doc]!, score: 0, why: [causeReason(hit.doc, hit.cause, zh)], highlights: [] });
        if (results.length >= limit) return results;
      }
    }

    const tokens = queryTokens(q);
    const records = prefilter.candidates(q, {
      tokens,
      maxCandidates: limit + extraCandidates,
      maxValuesPerRecord,
      maxValuesPerKey,
      cappedKeys: CAPPED_KEYS,
      lastWordOpen: /[\p{L}\p{N}_]$/u.test(q),
      allow: (i) => !taken.has(i) && matchesFilters(docs[i]!, filters),
    });
    if (records.length === 0) return results;

    // Stop words would only add highlights on every "the"; fuse.js sees the words that count.
    const terms = significantTerms(tokens);
    // A Chinese word of one character (桶 in "OBS桶") is a one-character pattern, which fuse.js
    // only matches with minMatchCharLength 1; onlyWordRanges drops the stray letters that lets in.
    // (fuse.js caches the searcher of the last pattern: the same pattern always has the same setting.)
    const singles = new Set(terms.filter((t) => isCjkToken(t) && Array.from(t).length === 1));
    index.setIndexRecords(records as typeof index.records);
    if (singles.size > 0) fuse.options.minMatchCharLength = 1;
    let found: FuseResult<D>[];
    try {
      found = fuse.search(terms.join(" "), { limit: limit - results.length });
    } finally {
      index.setIndexRecords(allRecords as typeof index.records);
      fuse.options.minMatchCharLength = MIN_MATCH_CHAR_LENGTH;
    }
    // fuse.js scores words one by one; a message or keyword that holds the whole query as
    // a phrase ("No backend available.") beats one that only shares its words.
    // Chinese: the query without its filler words (图片太大了怎么办 -> 图片太大), and two characters are already a word.
    const phrase = queryTokens(q, { alternates: false, acrossWords: true }).join(" ");
    const phraseLongEnough = phrase.length >= 4 || (hasCjk(phrase) && phrase.length >= 2);
    // A phrase of two words or more that a documented message (or variant) holds word for word
    // ("image size" in "The image size does not meet the requirements.") puts that entry before
    // the entries that only share a word or a keyword with it.
    const messagePhrase = phraseLongEnough && !hasCjk(phrase) && phrase.includes(" ") ? ` ${phrase} ` : null;
    const fuzzy = found.map((result) => {
      const highlights = singles.size > 0 ? onlyWordRanges(toHighlights(result), singles) : toHighlights(result);
      const whole =
        phraseLongEnough &&
        highlights.some(
          (h) =>
            (h.field === "messages" || h.field === "keywords" || h.field === "keywordsZh") && normalizePhrase(h.value).includes(phrase),
        );
      const inMessage = messagePhrase ? messagesOf(result.refIndex).find((m) => m.words.includes(messagePhrase)) : undefined;
      const why = whyOf(highlights);
      if (inMessage) {
        const same = why.findIndex((r) => r.kind === "message" && r.value === inMessage.text);
        if (same !== -1) why.splice(same, 1);
        why.unshift({ kind: "phrase", value: inMessage.text });
      }
      const score = (result.score ?? 1) * (whole ? PHRASE_BOOST : 1);
      return { doc: result.item, score, why, highlights, tier: inMessage ? 0 : 1 };
    });
    fuzzy.sort((a, b) => a.tier - b.tier || a.score - b.score);
    return results.concat(fuzzy.map(({ tier: _tier, ...rest }) => rest));
  };
}
