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
  return trimEndChars(text, "." + "\u3002" + SPACE);
}

const CURLY_SINGLE = /[\u2018\u2019\u02bc\u0060\u00b4]/g;
const CURLY_DOUBLE = /[\u201c\u201d]/g;

/** One kind of apostrophe and one kind of double quote; one character for one, so offsets stay. */
export function foldQuotes(text: string): string {
  return text.replace(CURLY_SINGLE, "'").replace(CURLY_DOUBLE, '"');
}

/**
 * ASCII letters lower-cased and quotes folded, character for character, so
 * every offset into the result is an offset into `text` (String#toLowerCase
 * can change the length of some non-ASCII text).
 */
export function foldSameLength(text: string): string {
  const lower = text.toLowerCase();
  const folded = lower.length === text.length ? lower : text.replace(/[A-Z]+/g, (run) => run.toLowerCase());
  return foldQuotes(folded);
}
