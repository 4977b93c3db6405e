import { FUSE_KEYS, queryTokens, tokenize } from "./options";
import { isCjkToken } from "./segment";

/**
 * A word-level candidate filter in front of fuse.js.
 *
 * fuse.js scans every string of every record for every query, which costs
 * milliseconds even for the real catalogue. This filter keeps an inverted
 * index of the words in the (already serialised) fuse.js records, finds the
 * catalogue words each query word could be (exact, the prefix being typed,
 * a substring, or one or two typos away; a Chinese bigram only exactly, see
 * segment.ts), and hands fuse.js only the best
 * few records, each trimmed to the strings that contain such a word. fuse.js
 * then scores and highlights exactly as it would have on those strings.
 */

/** One string of a serialised fuse.js record. */
export interface SubRecord {
  v: string;
  i?: number;
  n: number;
}

export interface IndexRecord {
  i: number;
  $?: Record<number, SubRecord | SubRecord[]>;
}

export interface PrefilterOptions {
  /** How many records to hand to fuse.js at most. */
  maxCandidates: number;
  /** Leave out records whose document this rejects (filters). */
  allow?: (docIndex: number) => boolean;
  /** Whether the last word is still being typed (no trailing space): match it as a prefix. */
  lastWordOpen: boolean;
  /** Keep only this many of a record's matching strings (the best ones). */
  maxValuesPerRecord?: number;
  /**
   * Of those, at most this many from one Chinese field (the keys named in `cappedKeys`): Chinese
   * keyword lists hold near-duplicates (图片过大, 图片太大), so one query matches several of an
   * entry's keywords, and the summary or a cause that tells the entries apart must still count.
   */
  maxValuesPerKey?: number;
  /** The fields `maxValuesPerKey` applies to. */
  cappedKeys?: ReadonlySet<string>;
  /** The query's words, when the caller has them already (queryTokens(query)). */
  tokens?: readonly string[];
}

const STOP_WORDS = new Set([
  "a",
  "an",
  "and",
  "are",
  "as",
  "at",
  "be",
  "by",
  "can",
  "does",
  "for",
  "from",
  "has",
  "have",
  "i",
  "in",
  "is",
  "it",
  "its",
  "my",
  "no",
  "not",
  "of",
  "on",
  "or",
  "the",
  "this",
  "to",
  "was",
  "were",
  "with",
  "when",
  "error",
  "code",
  "get",
  "got",
  "getting",
]);

/**
 * The query words worth matching: no stop words or single letters, unless that
 * leaves none. A single Chinese character is kept: the query tokenizer only
 * leaves one on its own when it is a word (OBS桶), filler being dropped already.
 */
export function significantTerms(tokens: readonly string[]): string[] {
  const kept = [...new Set(tokens.filter((t) => (t.length >= 2 || isCjkToken(t)) && !STOP_WORDS.has(t)))];
  return kept.length > 0 ? kept : [...new Set(tokens)];
}

const isDigits = /^\d+$/;

/** Optimal-string-alignment distance, or max+1 as soon as it exceeds max. */
export function editDistance(a: string, b: string, max: number): number {
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > max) return max + 1;
  let prev2: number[] = [];
  let prev: number[] = Array.from({ length: lb + 1 }, (_, j) => j);
  for (let i = 1; i <= la; i++) {
    const cur: number[] = [i];
    let rowMin = i;
    for (let j = 1; j <= lb; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      cur.push(d);
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[lb]!;
}

interface WordMatch {
  word: number;
  quality: number;
}

export class Prefilter {
  private readonly words: string[] = [];
  /** The ids of the words that are not CJK: the only ones a word can match by prefix, substring or typo. */
  private readonly latinWords: number[] = [];
  private readonly wordIds = new Map<string, number>();
  /** Value ids (ascending) holding each word. */
  private readonly postings: number[][] = [];
  private readonly valueDoc: number[] = [];
  private readonly valueKey: number[] = [];
  private readonly valueSub: SubRecord[] = [];
  /** Whether the record's value for a key is an array (keeps fuse.js's refIndex). */
  private readonly keyIsArray: boolean[] = [];
  private readonly keyWeight: number[];
  private readonly docCount: number;
  private readonly matchCache = new Map<string, WordMatch[]>();

  constructor(
    records: readonly IndexRecord[],
    private readonly keyNames: readonly string[],
  ) {
    const total = FUSE_KEYS.reduce((sum, k) => sum + k.weight, 0);
    this.keyWeight = keyNames.map((name) => (FUSE_KEYS.find((k) => k.name === name)?.weight ?? 1) / total);
    let maxDoc = -1;
    for (const record of records) {
      maxDoc = Math.max(maxDoc, record.i);
      if (!record.$) continue;
      for (const keyText of Object.keys(record.$)) {
        const key = Number(keyText);
        const value = record.$[key]!;
        const subs = Array.isArray(value) ? value : [value];
        this.keyIsArray[key] = Array.isArray(value);
        for (const sub of subs) this.addValue(record.i, key, sub);
      }
    }
    this.docCount = maxDoc + 1;
  }

  private addValue(doc: number, key: number, sub: SubRecord): void {
    const id = this.valueSub.length;
    this.valueDoc.push(doc);
    this.valueKey.push(key);
    this.valueSub.push(sub);
    // Lower-cased first, as fuse.js hands strings to the tokenizer: the two share one pass (withTokenMemo).
    for (const token of new Set(tokenize(sub.v.toLowerCase()))) {
      let word = this.wordIds.get(token);
      if (word === undefined) {
        word = this.words.length;
        this.words.push(token);
        this.wordIds.set(token, word);
        this.postings.push([]);
        if (!isCjkToken(token)) this.latinWords.push(word);
      }
      this.postings[word]!.push(id);
    }
  }

  get vocabularySize(): number {
    return this.words.length;
  }

  /** The catalogue words a query word could stand for, with how good a match each is (0..1]. */
  private matchWord(term: string, open: boolean): WordMatch[] {
    const cacheKey = `${open ? ">" : "="}${term}`;
    const cached = this.matchCache.get(cacheKey);
    if (cached) return cached;
    const out: WordMatch[] = [];
    const exact = this.wordIds.get(term);
    if (exact !== undefined) out.push({ word: exact, quality: 1 });
    if (isCjkToken(term)) {
      // Chinese bigrams match exactly: one edit in two characters is another word, not a typo.
      // A lone character (only when the query has nothing else) stands for the bigrams holding it.
      if (Array.from(term).length === 1) {
        for (let w = 0; w < this.words.length; w++) {
          if (w === exact || !this.words[w]!.includes(term)) continue;
          out.push({ word: w, quality: this.words[w]!.startsWith(term) ? (open ? 0.9 : 0.6) : 0.5 });
        }
      }
      this.remember(cacheKey, out);
      return out;
    }
    const numeric = isDigits.test(term);
    const fuzzy = !numeric && term.length >= 4;
    const maxEdits = term.length >= 8 ? 2 : 1;
    const canPrefix = open && term.length >= 2;
    const canContain = !numeric && term.length >= 4;
    if (canPrefix || canContain || fuzzy) {
      const words = this.words;
      for (const w of this.latinWords) {
        if (w === exact) continue;
        const word = words[w]!;
        if (canPrefix && word.startsWith(term)) out.push({ word: w, quality: 0.9 });
        else if (canContain && word.includes(term)) out.push({ word: w, quality: 0.75 });
        else if (
          fuzzy &&
          Math.abs(word.length - term.length) <= maxEdits &&
          (word.charCodeAt(0) === term.charCodeAt(0) || word.charCodeAt(1) === term.charCodeAt(1))
        ) {
          const d = editDistance(term, word, maxEdits);
          if (d <= maxEdits) out.push({ word: w, quality: d === 1 ? 0.7 : 0.5 });
        } else if (fuzzy && open && word.length > term.length) {
          // A typo inside the word still being typed: compare with the word's start.
          const d = editDistance(term, word.slice(0, term.length), 1);
          if (d <= 1) out.push({ word: w, quality: 0.55 });
        }
      }
    }
    this.remember(cacheKey, out);
    return out;
  }

  private remember(cacheKey: string, matches: WordMatch[]): void {
    if (this.matchCache.size > 500) this.matchCache.clear();
    this.matchCache.set(cacheKey, matches);
  }

  /**
   * The records fuse.js should search for this query, best candidates first,
   * each holding only the strings that contain a matching word.
   */
  candidates(query: string, options: PrefilterOptions): IndexRecord[] {
    const all = options.tokens ?? queryTokens(query);
    if (all.length === 0) return [];
    const terms = significantTerms(all);
    const lastTerm = all[all.length - 1];

    const valueCount = this.valueSub.length;
    const score = new Float64Array(this.docCount);
    const best = new Float64Array(this.docCount);
    const touched: number[] = [];
    const termMatches: WordMatch[][] = [];
    const allow = options.allow;

    for (const term of terms) {
      const matches = this.matchWord(term, options.lastWordOpen && term === lastTerm);
      termMatches.push(matches);
      const termTouched: number[] = [];
      for (const { word, quality } of matches) {
        const posting = this.postings[word]!;
        const idf = Math.log(1 + valueCount / posting.length);
        for (let p = 0; p < posting.length; p++) {
          const id = posting[p]!;
          const doc = this.valueDoc[id]!;
          const s = quality * idf * this.keyWeight[this.valueKey[id]!]!;
          if (best[doc] === 0) termTouched.push(doc);
          if (s > best[doc]!) best[doc] = s;
        }
      }
      for (const doc of termTouched) {
        if (score[doc] === 0) touched.push(doc);
        score[doc]! += best[doc]!;
        best[doc] = 0;
      }
    }

    let docs = allow ? touched.filter(allow) : touched;
    docs.sort((a, b) => score[b]! - score[a]! || a - b);
    docs = docs.slice(0, options.maxCandidates);
    if (docs.length === 0) return [];

    const rank = new Map(docs.map((doc, r) => [doc, r]));
    // Per candidate: each matching string's score, summed over the query words.
    const picked: Map<number, number>[] = docs.map(() => new Map());
    for (const matches of termMatches) {
      const termBest = new Map<number, number>();
      for (const { word, quality } of matches) {
        const posting = this.postings[word]!;
        const idf = Math.log(1 + valueCount / posting.length);
        for (const id of posting) {
          if (!rank.has(this.valueDoc[id]!)) continue;
          const s = quality * idf * this.keyWeight[this.valueKey[id]!]!;
          if (s > (termBest.get(id) ?? 0)) termBest.set(id, s);
        }
      }
      for (const [id, s] of termBest) {
        const values = picked[rank.get(this.valueDoc[id]!)!]!;
        values.set(id, (values.get(id) ?? 0) + s);
      }
    }
    const maxValues = options.maxValuesPerRecord ?? Infinity;
    const maxPerKey = options.maxValuesPerKey ?? Infinity;
    const capped = this.keyNames.map((name) => options.cappedKeys?.has(name) ?? false);
    return docs.map((doc, r) => {
      const perKey = new Map<number, number>();
      const ids = [...picked[r]!]
        .sort((a, b) => b[1] - a[1] || a[0] - b[0])
        .filter(([id]) => {
          const key = this.valueKey[id]!;
          if (!capped[key]) return true;
          const n = perKey.get(key) ?? 0;
          perKey.set(key, n + 1);
          return n < maxPerKey;
        })
        .slice(0, maxValues)
        .map(([id]) => id)
        .sort((a, b) => a - b);
      const $: Record<number, SubRecord | SubRecord[]> = {};
      for (const id of ids) {
        const key = this.valueKey[id]!;
        const sub = this.valueSub[id]!;
        if (this.keyIsArray[key]) {
          const list = $[key] as SubRecord[] | undefined;
          if (list) list.push(sub);
          else $[key] = [sub];
        } else $[key] = sub;
      }
      return { i: doc, $ };
    });
  }
}
