/**
 * Documented messages written in free text without a code or a field name
 * ("2024-05-01 10:00:03 WARN Backend timeout.", a message pasted on its own).
 * Searches the paste, folded as the messages are (case, quotes, runs of
 * spaces), for the start of each catalogue message; the message found runs
 * from there to the end of its line.
 */
import type { RawError } from "../types";
import { foldKeepingOffsets, trimEndChars } from "../strings";

const MAX_HITS = 5000;
const MAX_HITS_PER_NEEDLE = 2000;
const MAX_MESSAGE = 600;

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

const STATUS_LINE_HEAD = /^[\s<>*|]*http\/\d(?:\.\d)?[ \t]+\d{3}[ \t]*$/;

/** The reason phrase of an HTTP status line ("HTTP/1.1 400 Bad Request") is not an error message. */
function onStatusLine(folded: string, at: number): boolean {
  let start = at;
  while (start > 0 && at - start < 40 && folded.charCodeAt(start - 1) !== 10) start--;
  return STATUS_LINE_HEAD.test(folded.slice(start, at));
}

/**
 * `needles` are the normalised opening words of catalogue messages (at least
 * ten characters each). Returns one message-only error per place found.
 */
export function scanMessages(text: string, needles: readonly string[]): RawError[] {
  if (needles.length === 0 || text.length === 0) return [];
  const { text: folded, at: original } = foldKeepingOffsets(text);
  const hits: Array<{ start: number; end: number }> = [];
  for (const needle of needles) {
    let from = 0;
    let n = 0;
    while (n < MAX_HITS_PER_NEEDLE && hits.length < MAX_HITS) {
      const at = folded.indexOf(needle, from);
      if (at === -1) break;
      from = at + needle.length;
      if (at > 0 && isWordChar(folded.charCodeAt(at - 1))) continue;
      if (onStatusLine(folded, at)) continue;
      const limit = Math.min(folded.length, at + MAX_MESSAGE);
      let end = at + needle.length;
      while (end < limit && folded.charCodeAt(end) !== 10) end++;
      hits.push({ start: at, end });
      n++;
    }
  }
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const contentStart = text.length - text.trimStart().length;
  const contentEnd = text.trimEnd().length;
  const out: RawError[] = [];
  let coveredTo = -1;
  for (const hit of hits) {
    if (hit.start < coveredTo) continue;
    coveredTo = hit.end;
    const start = original(hit.start);
    const message = trimEndChars(text.slice(start, original(hit.end)), " \t\r\"'`,;}]){").trim();
    if (message.length === 0) continue;
    // A message pasted on its own is as clear as a message field.
    const alone = start === contentStart && start + message.length >= contentEnd;
    out.push({
      code: null,
      message,
      httpStatus: null,
      requestId: null,
      offset: start,
      end: start + message.length,
      source: "text",
      structured: alone,
    });
  }
  return out;
}
