/** Small string helpers written as loops, so no regular expression can backtrack on long input. */

/** `text` without trailing characters found in `chars`. */
export function trimEndChars(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1]!)) end--;
  return end === text.length ? text : text.slice(0, end);
}

/** `text` without leading characters found in `chars`. */
export function trimStartChars(text: string, chars: string): string {
  let start = 0;
  while (start < text.length && chars.includes(text[start]!)) start++;
  return start === 0 ? text : text.slice(start);
}

const SPACE = " \t\r\n\u00a0\u3000";

/** Trailing full stops (ASCII and ideographic) and spaces removed. */
export function trimEndStops(text: string): string {
  return trimEndChars(text, `.\u3002${SPACE}`);
}

/*
 * Text folding: the one place that says which characters count as the same
 * when a message, a pattern, a cause signal or a quoted line is compared or shown.
 */

// ‘ ’ ‚ ‛ ′ ʼ ` ´ ＇ (curly, low, reversed, prime, modifier letter, grave and acute accents, full-width)
const SINGLE_QUOTES = /[\u2018\u2019\u201a\u201b\u2032\u02bc\u0060\u00b4\uff07]/g;
// “ ” „ ‟ ″ ＂
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\u2033\uff02]/g;
const SPACE_RUN = /\s+/g;

/** One kind of apostrophe and one kind of double quote; one character for one, so offsets stay. */
export function foldQuotes(text: string): string {
  return text.replace(SINGLE_QUOTES, "'").replace(DOUBLE_QUOTES, '"');
}

/** Every run of white space (line breaks, tabs, no-break and ideographic spaces) as one space. */
export function foldSpaces(text: string): string {
  return text.replace(SPACE_RUN, " ");
}

/** Lower case, one kind of apostrophe and quote, single spaces: the form messages and their patterns are compared in. */
export function foldText(text: string): string {
  return foldSpaces(foldQuotes(text.toLowerCase()));
}

/**
 * ASCII letters lower-cased and quotes folded, character for character, so
 * every offset into the result is an offset into `text` (String#toLowerCase
 * can change the length of some non-ASCII text).
 */
function foldSameLength(text: string): string {
  const lower = text.toLowerCase();
  const folded = lower.length === text.length ? lower : text.replace(/[A-Z]+/g, (run) => run.toLowerCase());
  return foldQuotes(folded);
}

/** Folded text and the way back: `at(i)` is the offset in the original text of offset `i` in the folded one. */
export interface FoldedText {
  text: string;
  at(i: number): number;
}

// What folding changes: a run of two or more white-space characters, or one that is not a plain space.
// Plain single spaces, by far the most common, are not touched, so ordinary text is folded at the speed of a copy.
// Within lines, a carriage return counts as part of the line break (CRLF) and is left alone too.
const WITHIN_LINE_SPACE = /[^\S\n\r]{2,}|[^\S \n\r]/g;
const ANY_SPACE = /\s{2,}|[^\S ]/g;

/**
 * Text folded as foldText folds it (lower case, quotes, single spaces), with
 * every offset leading back into `text`, so what is found in the folded text
 * can be quoted from the original. With `keepLineBreaks` (the default) line
 * breaks (\n, \r) stay as they are, so a reader can stop at the end of a line.
 */
export function foldKeepingOffsets(text: string, { keepLineBreaks = true } = {}): FoldedText {
  const same = foldSameLength(text);
  const spaces = keepLineBreaks ? WITHIN_LINE_SPACE : ANY_SPACE;
  spaces.lastIndex = 0;
  let m = spaces.exec(same);
  if (!m) return { text: same, at: (i) => i };
  // Stretches that keep their offsets: folded offset foldedStart[k] is original offset originalStart[k].
  const foldedStart: number[] = [0];
  const originalStart: number[] = [0];
  const parts: string[] = [];
  let copiedFrom = 0;
  let length = 0;
  for (; m; m = spaces.exec(same)) {
    const keep = `${same.slice(copiedFrom, m.index)} `;
    parts.push(keep);
    length += keep.length;
    copiedFrom = m.index + m[0].length;
    if (m[0].length > 1) {
      foldedStart.push(length);
      originalStart.push(copiedFrom);
    }
  }
  parts.push(same.slice(copiedFrom));
  return {
    text: parts.join(""),
    at(i: number): number {
      let lo = 0;
      let hi = foldedStart.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (foldedStart[mid]! <= i) lo = mid;
        else hi = mid - 1;
      }
      return originalStart[lo]! + (i - foldedStart[lo]!);
    },
  };
}
