/**
 * Words out of text in any language, for the index and for queries.
 *
 * Latin text is split into words as fuse.js does by default (letters, marks,
 * digits, underscore). Chinese (and Japanese, Korean) has no spaces, so a run
 * of CJK characters is one "word" to that pattern: "图片太大了怎么办" would only
 * match a string holding exactly those eight characters. Here a CJK run is
 * split into overlapping character bigrams instead (图片 片太 太大 ...), and a
 * word is split where the script changes (Token过期 -> token, 过期). The index
 * side needs no dictionary: it works the same in Node and in every browser,
 * whatever a word segmenter makes of a run (ICU cuts 欠费 into 欠|费).
 *
 * The query side (queryTokens) does more:
 * - filler is dropped: question words and particles (怎么办, 为什么, 了, 的, 被)
 *   and "it errors", "error code" (报错, 错误码), like the English stop words.
 *   错误 itself stays: the catalogue's words hold it (参数错误, 签名错误).
 * - Intl.Segmenter (zh, word), when the runtime has it, says where words
 *   begin and end: a one-character filler is only dropped when it stands
 *   alone (了 yes, 了解 no), and no bigram is taken across two words it knows
 *   (图片|大小 gives 图片, 大小, not 片大). Where it cuts a word it does not
 *   know into characters (欠|费) the bigrams across are kept: they are the word.
 * - a one-character word left on its own (桶 in "OBS桶") stays a term.
 * - a few near-synonyms are added (太大 -> 过大, 帐号 -> 账号, 失效 -> 过期).
 *
 * Bigrams have no typos: a 2-character pattern with one edit is a different
 * word, not a misspelling. The candidate filter matches CJK terms exactly, and
 * fuse.js's threshold (0.34) rejects one error in two characters.
 */

// Regular expressions are literals so that tests/unit/security/redos.test.ts can check them.
/** Han (Chinese characters, kanji), kana and Hangul: scripts written without spaces. */
const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
/** A CJK run or a run of anything else, inside one word. */
const SCRIPT_RUN =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+|[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+/gu;

/** fuse.js's default token pattern; every tokenizer here starts from it. */
const TOKEN_PATTERN = /[\p{L}\p{M}\p{N}_]+/gu;

export function hasCjk(text: string): boolean {
  return CJK_CHAR.test(text);
}

/** A CJK run as overlapping character bigrams; a single character stays as it is. */
export function bigrams(run: string): string[] {
  // Characters outside the BMP (rare CJK extensions) take two code units: split by code point then.
  const chars: ArrayLike<string> = SURROGATE.test(run) ? Array.from(run) : run;
  if (chars.length <= 1) return chars.length === 1 ? [run] : [];
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
  return out;
}

const SURROGATE = /[\uD800-\uDFFF]/;

/** A word as its script runs: "token过期" -> ["token", "过期"]. */
function scriptRuns(word: string): string[] {
  return word.match(SCRIPT_RUN) ?? [];
}

/**
 * The index-side tokenizer (also fuse.js's `tokenize` option): lower-case
 * words, with every CJK run as its bigrams. Feeding its output back in, joined
 * by spaces, gives the same tokens again, which is how the searcher hands the
 * query's terms to fuse.js.
 */
export function tokenize(text: string): string[] {
  if (memo) {
    const known = memo.get(text);
    if (known) return known;
    const tokens = tokenizeText(text);
    memo.set(text, tokens);
    return tokens;
  }
  return tokenizeText(text);
}

let memo: Map<string, string[]> | null = null;

/**
 * Runs `build` with tokenize() remembering its answers: fuse.js's word
 * statistics and the candidate filter both tokenize every string of the index
 * when a searcher is created, and the second pass then costs nothing. The
 * token arrays are shared: callers must not change them.
 */
export function withTokenMemo<T>(build: () => T): T {
  if (memo) return build();
  memo = new Map();
  try {
    return build();
  } finally {
    memo = null;
  }
}

function tokenizeText(text: string): string[] {
  const lower = text.toLowerCase();
  const words = lower.match(TOKEN_PATTERN);
  if (!words) return [];
  if (!CJK_CHAR.test(lower)) return words;
  const out: string[] = [];
  for (const word of words) {
    if (!CJK_CHAR.test(word)) {
      out.push(word);
      continue;
    }
    for (const run of scriptRuns(word)) {
      if (CJK_CHAR.test(run)) out.push(...bigrams(run));
      else out.push(run);
    }
  }
  return out;
}

/** How many words a string counts as, for fuse.js's field-length norm: a CJK run counts one per two characters. */
export function wordCount(text: string): number {
  let count = 0;
  for (const word of text.match(TOKEN_PATTERN) ?? []) {
    if (!CJK_CHAR.test(word)) {
      count++;
      continue;
    }
    for (const run of scriptRuns(word)) count += CJK_CHAR.test(run) ? Math.ceil(Array.from(run).length / 2) : 1;
  }
  return Math.max(1, count);
}

/**
 * Query filler in Chinese: question words, particles, "it errors" and "error
 * code" (like the English stop words "error" and "code"). Longest first, so
 * 怎么办 goes before 怎么.
 */
const ZH_FILLER = [
  "为什么",
  "怎么办",
  "怎么回事",
  "是什么",
  "什么意思",
  "怎么解决",
  "如何解决",
  "怎样",
  "怎么",
  "什么",
  "如何",
  "请问",
  "一直",
  "总是",
  "老是",
  "突然",
  "出现",
  "提示",
  "显示",
  "返回",
  "报错",
  "错误码",
  "出错",
  "问题",
  "解决",
  "我的",
  "我们",
  "时候",
  "的时候",
  // One character: particles only. ICU cuts words it does not know into single characters (超|时, 在|线),
  // so a character that can start or end a word (时, 在, 是) is never dropped.
  "了",
  "的",
  "吗",
  "呢",
  "吧",
  "啊",
  "呀",
  "嘛",
  "我",
  "被",
].sort((a, b) => b.length - a.length);
const SINGLE_FILLER = new Set(ZH_FILLER.filter((w) => w.length === 1));
const LONG_FILLER = ZH_FILLER.filter((w) => w.length > 1);

type Segmenter = { segment(text: string): Iterable<{ segment: string; index: number }> };
let segmenter: Segmenter | null | undefined;

/** Intl.Segmenter for Chinese words, or null where the runtime has none. */
function zhSegmenter(): Segmenter | null {
  if (segmenter === undefined) {
    const Intl_ = Intl as unknown as { Segmenter?: new (locale: string, options: { granularity: "word" }) => Segmenter };
    try {
      segmenter = typeof Intl_.Segmenter === "function" ? new Intl_.Segmenter("zh", { granularity: "word" }) : null;
    } catch {
      segmenter = null;
    }
  }
  return segmenter;
}

/** Test hook: run without Intl.Segmenter (null), or with the runtime's again (undefined). */
export function setSegmenterForTests(value: null | undefined): void {
  segmenter = value;
}

/** The words of a CJK run as [start, end) offsets (the whole run when there is no segmenter). */
function segmentWords(run: string): Array<[number, number]> {
  const seg = zhSegmenter();
  if (!seg) return [[0, run.length]];
  const out: Array<[number, number]> = [];
  for (const { segment, index } of seg.segment(run)) out.push([index, index + segment.length]);
  return out;
}

/** A part of a query's CJK run left after its filler is dropped. */
export interface Piece {
  text: string;
  /**
   * Offsets inside `text` between two words of two or more characters each
   * (图片|大小): no bigram is taken across them. Where the segmenter does not
   * know a word it cuts it into single characters (欠|费, 账|号), and there the
   * bigrams across are what find the word.
   */
  joints: Set<number>;
}

/**
 * A CJK run of a query without its filler words, as the pieces left between
 * them: "图片太大了怎么办" -> ["图片太大"]. A filler of two or more characters is
 * dropped where the segmenter's word boundaries allow it (anywhere without a
 * segmenter); a one-character filler only when the segmenter cuts it out as a
 * word of its own.
 */
export function stripFiller(run: string): Piece[] {
  const segments = segmentWords(run);
  const bounds = new Set<number>([0, run.length]);
  for (const [a, b] of segments) {
    bounds.add(a);
    bounds.add(b);
  }
  const joints = new Set<number>();
  for (let k = 1; k < segments.length; k++) {
    const [a, b] = segments[k - 1]!;
    const [c, d] = segments[k]!;
    if (b - a >= 2 && d - c >= 2) joints.add(c);
  }
  const hasSegmenter = zhSegmenter() !== null;
  const pieces: Piece[] = [];
  const cut = (from: number, to: number) => {
    if (to <= from) return;
    const inner = new Set<number>();
    for (const j of joints) if (j > from && j < to) inner.add(j - from);
    pieces.push({ text: run.slice(from, to), joints: inner });
  };
  let start = 0;
  let i = 0;
  while (i < run.length) {
    let drop = 0;
    for (const word of LONG_FILLER) {
      if (run.startsWith(word, i) && (!hasSegmenter || (bounds.has(i) && bounds.has(i + word.length)))) {
        drop = word.length;
        break;
      }
    }
    if (!drop && hasSegmenter && SINGLE_FILLER.has(run[i]!) && bounds.has(i) && bounds.has(i + 1)) drop = 1;
    if (drop) {
      cut(start, i);
      i += drop;
      start = i;
    } else {
      i++;
    }
  }
  cut(start, run.length);
  return pieces;
}

/** A piece's bigrams, none across a joint unless `acrossJoints`; a one-character piece as it is. */
function pieceBigrams(piece: Piece, acrossJoints: boolean): string[] {
  if (acrossJoints || piece.joints.size === 0) return bigrams(piece.text);
  const out: string[] = [];
  let from = 0;
  for (const j of [...piece.joints].sort((a, b) => a - b).concat(piece.text.length)) {
    out.push(...bigrams(piece.text.slice(from, j)));
    from = j;
  }
  return out;
}

/**
 * Near-synonyms people type for the words the catalogue uses. Each query
 * bigram on the left also searches for the ones on the right.
 */
const ZH_ALTERNATES: Record<string, string[]> = {
  太大: ["过大"],
  过大: ["太大"],
  太小: ["过小"],
  过小: ["太小"],
  太多: ["过多"],
  过多: ["太多"],
  帐号: ["账号"],
  帐户: ["账户"],
  账户: ["账号"],
  账号: ["账户"],
  失效: ["过期"],
  过期: ["失效"],
};

/**
 * The words of a query: Latin words as they are, each CJK run without its
 * filler and split into bigrams (none across two words the segmenter knows,
 * unless `acrossWords`), each followed by its near-synonyms (unless
 * `alternates` is false). Full-width letters and digits (ＡＰＩＧ，４２９) are
 * read as their ASCII forms.
 */
export function queryTokens(query: string, options: { alternates?: boolean; acrossWords?: boolean } = {}): string[] {
  const withAlternates = options.alternates ?? true;
  const acrossWords = options.acrossWords ?? false;
  const words = query.normalize("NFKC").toLowerCase().match(TOKEN_PATTERN);
  if (!words) return [];
  const out: string[] = [];
  const fillerOnly: string[] = [];
  const add = (pieces: Piece[]) => {
    for (const piece of pieces) {
      for (const gram of pieceBigrams(piece, acrossWords)) {
        out.push(gram);
        if (withAlternates) for (const alt of ZH_ALTERNATES[gram] ?? []) if (!out.includes(alt)) out.push(alt);
      }
    }
  };
  for (const word of words) {
    if (!CJK_CHAR.test(word)) {
      out.push(word);
      continue;
    }
    for (const run of scriptRuns(word)) {
      if (!CJK_CHAR.test(run)) {
        out.push(run);
        continue;
      }
      const pieces = stripFiller(run);
      if (pieces.length > 0) add(pieces);
      else fillerOnly.push(run);
    }
  }
  // A query of nothing but filler ("怎么办"): search it as it is rather than for nothing.
  if (out.length === 0) add(fillerOnly.map((run) => ({ text: run, joints: new Set<number>() })));
  return out;
}

/** Whether a token is CJK (a bigram or a single character). */
export function isCjkToken(token: string): boolean {
  return CJK_CHAR.test(token);
}
