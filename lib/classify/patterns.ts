/**
 * Documented messages as patterns. Placeholders ({xxx}, XXX, XX, xxx,
 * ******) are wildcards; comparison ignores case, surrounding space, runs of
 * spaces, trailing full stops, and straight versus curly quotes. Matching
 * uses indexOf over literal pieces, never a regular expression built from
 * content, so it is linear in the message length.
 */
import { foldText as fold, trimEndStops } from "./strings";

/** Lower case, one kind of apostrophe and quote, single spaces, no trailing full stop. */
export function normalizeMessage(text: string): string {
  return trimEndStops(fold(text).trim());
}

const PLACEHOLDER = /\{[^{}]{0,40}\}|\*{3,}|(?<![A-Za-z])(?:XXX|XX|xxx)(?![A-Za-z])/g;

export type MatchMode = "full" | "prefix" | "contains";

export interface MessagePattern {
  /** The pattern as written in the content. */
  text: string;
  /** Literal pieces between wildcards, normalised; pieces.length - 1 wildcards. */
  pieces: string[];
  /** Characters of literal text, for preferring the more specific pattern. */
  literalLength: number;
}

/**
 * `keepEndStops` keeps a trailing full stop as part of the last piece: a
 * cause signal such as "has been reached." means the message ends there.
 */
export function compilePattern(text: string, { keepEndStops = false } = {}): MessagePattern {
  const pieces: string[] = [];
  let last = 0;
  PLACEHOLDER.lastIndex = 0;
  for (let m = PLACEHOLDER.exec(text); m; m = PLACEHOLDER.exec(text)) {
    pieces.push(text.slice(last, m.index));
    last = m.index + m[0].length;
  }
  pieces.push(text.slice(last));
  const normalized = pieces.map((p, i) => {
    let n = fold(p);
    if (i === 0) n = n.replace(/^\s+/, "");
    if (i === pieces.length - 1) n = keepEndStops ? n.trimEnd() : trimEndStops(n);
    return n;
  });
  return { text, pieces: normalized, literalLength: normalized.reduce((sum, p) => sum + p.length, 0) };
}

const BOUNDARY = new Set([
  " ",
  ":",
  ",",
  ";",
  ".",
  "!",
  "?",
  "(",
  ")",
  "[",
  "]",
  "|",
  "-",
  "'",
  '"',
  "\n",
  "\t",
  "，",
  "：",
  "。",
  "}",
  "{",
]);

function isBoundary(text: string, index: number): boolean {
  return index <= 0 || index >= text.length || BOUNDARY.has(text[index]!) || BOUNDARY.has(text[index - 1]!);
}

/**
 * Where the pattern's pieces lie in `message` from `from` on; returns the end
 * of the last literal piece, or -1. The first piece must sit exactly at `from`.
 */
function matchFrom(p: MessagePattern, message: string, from: number, anchoredEnd: boolean): number {
  const pieces = p.pieces;
  if (!message.startsWith(pieces[0]!, from)) return -1;
  let pos = from + pieces[0]!.length;
  if (pieces.length === 1) return anchoredEnd && pos !== message.length ? -1 : pos;
  for (let i = 1; i < pieces.length - 1; i++) {
    const at = message.indexOf(pieces[i]!, pos);
    if (at === -1) return -1;
    pos = at + pieces[i]!.length;
  }
  const lastPiece = pieces[pieces.length - 1]!;
  if (anchoredEnd) {
    if (lastPiece === "") return message.length;
    return message.endsWith(lastPiece) && message.length - lastPiece.length >= pos ? message.length : -1;
  }
  if (lastPiece === "") return message.length;
  const at = message.indexOf(lastPiece, pos);
  return at === -1 ? -1 : at + lastPiece.length;
}

/**
 * How `pattern` matches a message already passed through normalizeMessage:
 * the whole message, its start (followed by a word boundary), or somewhere
 * inside it (long patterns only). Null when it does not.
 */
export function matchPattern(p: MessagePattern, message: string): MatchMode | null {
  if (matchFrom(p, message, 0, true) !== -1) return "full";
  const prefixEnd = matchFrom(p, message, 0, false);
  if (prefixEnd !== -1 && isBoundary(message, prefixEnd)) return "prefix";
  const head = p.pieces[0]!;
  if (head.length < 12) return null;
  let at = message.indexOf(head, 1);
  let tries = 0;
  while (at !== -1 && tries++ < 8) {
    if (isBoundary(message, at)) {
      const end = matchFrom(p, message, at, false);
      if (end !== -1 && isBoundary(message, end)) return "contains";
    }
    at = message.indexOf(head, at + 1);
  }
  return null;
}

/**
 * Where the pattern occurs anywhere in `message` (already passed through
 * normalizeMessage or the same folding), starting and ending at word
 * boundaries: [start, end), or null. Used for cause signals, which are
 * fragments ("ak xxx not exist") rather than whole messages.
 */
export function findPattern(p: MessagePattern, message: string): [number, number] | null {
  const head = p.pieces[0]!;
  if (head.length === 0) return null;
  let at = message.indexOf(head);
  let tries = 0;
  while (at !== -1 && tries++ < 16) {
    if (isBoundary(message, at)) {
      const end = matchFrom(p, message, at, false);
      if (end !== -1 && isBoundary(message, end)) return [at, end];
    }
    at = message.indexOf(head, at + 1);
  }
  return null;
}

/**
 * Where the pattern, matched from the start of `message` (folded by
 * foldKeepingOffsets, which leads its offsets back to the message's own), ends; -1 when the
 * message does not start with it. Leading spaces are skipped.
 */
export function prefixEnd(p: MessagePattern, message: string): number {
  let from = 0;
  while (from < message.length && (message[from] === " " || message[from] === "\t")) from++;
  return matchFrom(p, message, from, false);
}
