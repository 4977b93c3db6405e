/** Small string helpers written as loops, so no regular expression can backtrack on long input. */

/** `text` without trailing characters found in `chars`. */
export function trimEndChars(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1])) end--;
  return end === text.length ? text : text.slice(0, end);
}

const SPACE = " \t\r\n\u00a0\u3000";

/** Trailing full stops (ASCII and ideographic) and spaces removed. */
export function trimEndStops(text: string): string {
  return trimEndChars(text, "." + "\u3002" + SPACE);
}

/** The line containing `index`: [start, end) without the newline. */
export function lineAround(text: string, index: number): [number, number] {
  const start = text.lastIndexOf("\n", index - 1) + 1;
  const nl = text.indexOf("\n", index);
  return [start, nl === -1 ? text.length : nl];
}
