/**
 * Places each raw error in the paste: its lines, the block of text that is
 * its own (its log record, its HTTP response, or its paragraph), and from
 * that block its status, every request id, and its time. An error never
 * takes a request id or a time from an unrelated record above it.
 *
 * With no error found at all, an HTTP error status is reported on its own;
 * an HTTP status line (or an HTML error page) that no error used is always
 * reported, as a response that carried no code.
 */
import type { LineIndex } from "./lines";
import type { LogRecords } from "./records";
import type { ContextHint, RawError } from "./types";

export interface LocatedError extends RawError {
  /** Every distinct request id of this error: its own, then those of its block in order. */
  requestIds: string[];
  /** 1-based first and last line of the error's own text. */
  line: number;
  endLine: number;
  /** 1-based line that heads its log record, or null outside a log. */
  recordLine: number | null;
  time: string | null;
  /** Where the text that belongs to this error starts and ends (for reading values around it). */
  contextStart: number;
  contextEnd: number;
}

const PROSE_STATUS_DISTANCE = 400;
const STATUS_AFTER_DISTANCE = 200;
const MAX_HINT_WALK = 64;
/** Lines above an error (outside a log) in which its headers or request id may stand. */
const PARAGRAPH_LINES = 40;
/** Lines below an error (outside a log) that may still be its own: the headers under a status line, a Java field list. */
const HEADER_LINES = 30;
/** Lines an HTML error page's title may stand below the status line of the same response. */
const HTML_TITLE_LINES = 40;

/** True when text[from, at) holds only spaces and tabs (read from `at` backwards, stopping at the first other character). */
function onlySpaceBefore(text: string, from: number, at: number): boolean {
  for (let i = at - 1; i >= from; i--) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/** The last character before `end` that is not a space, tab or carriage return. */
function lastNonSpace(text: string, end: number): string {
  let i = end - 1;
  while (i >= 0 && (text[i] === " " || text[i] === "\t" || text[i] === "\r")) i--;
  return i >= 0 ? (text[i] ?? "") : "";
}

/** Index of the first hint with offset >= `at` (binary search). */
function firstHintFrom(hints: ContextHint[], at: number): number {
  let lo = 0;
  let hi = hints.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (hints[mid]!.offset < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export class Locator {
  constructor(
    private readonly text: string,
    private readonly hints: ContextHint[],
    private readonly lines: LineIndex,
    private readonly records: LogRecords,
  ) {}

  /** Status, request ids, time and lines for each error (sorted by offset), plus the status-only errors no error explained. */
  locate(errors: RawError[]): LocatedError[] {
    const used = new Set<ContextHint>();
    const out = this.placeAll(errors, used);
    const alone = this.unexplainedStatuses(used, errors.length === 0);
    if (alone.length === 0) return out;
    // Place again with the status-only errors among the others, so each keeps to its own block.
    const all = [...errors, ...alone].sort((a, b) => a.offset - b.offset || a.end - b.end);
    return this.placeAll(all, new Set());
  }

  private placeAll(errors: RawError[], used: Set<ContextHint>): LocatedError[] {
    const out: LocatedError[] = [];
    let prevEnd = 0;
    for (let i = 0; i < errors.length; i++) {
      const nextStart = i + 1 < errors.length ? errors[i + 1]!.offset : this.text.length;
      out.push(this.place(errors[i]!, Math.min(prevEnd, errors[i]!.offset), nextStart, used));
      prevEnd = Math.max(prevEnd, errors[i]!.end);
    }
    return out;
  }

  private place(e: RawError, lowBound: number, nextStart: number, used: Set<ContextHint>): LocatedError {
    const { lines, records, hints, text } = this;
    let first = lines.lineOf(e.offset);
    const last = lines.lineOf(Math.max(e.offset, e.end - 1));
    // A Java or Python exception opens its fields on the line above ("ClientRequestException {").
    if (
      e.structured &&
      first > 0 &&
      onlySpaceBefore(text, lines.start(first), e.offset) &&
      lastNonSpace(text, lines.end(first - 1)) === "{"
    ) {
      first -= 1;
    }
    const head = records.headOf(first);
    const inLog = head !== -1;

    // The error's own block: its log record, else its response (from the status line), else its paragraph.
    let blockStart: number;
    let blockEnd: number;
    if (inLog) {
      blockStart = lines.start(head);
      blockEnd = Math.min(nextStart, lines.end(records.lastLineOf(last)));
    } else {
      let statusLine = -1;
      for (let k = firstHintFrom(hints, e.offset + 1) - 1, steps = 0; k >= 0 && steps < MAX_HINT_WALK; k--, steps++) {
        if (hints[k]!.offset < lowBound) break;
        if (hints[k]!.statusLine) {
          statusLine = hints[k]!.offset;
          break;
        }
      }
      if (statusLine !== -1) blockStart = statusLine;
      else {
        let l = first;
        while (l > 0 && first - l < PARAGRAPH_LINES && !lines.blank(l - 1) && lines.start(l - 1) >= lowBound) l--;
        blockStart = Math.max(lowBound, Math.min(lines.start(l), e.offset));
      }
      blockEnd = Math.min(nextStart, lines.end(records.lastLineOf(last, HEADER_LINES)));
    }
    blockEnd = Math.max(blockEnd, Math.min(e.end, nextStart));

    const httpStatus =
      e.httpStatus ?? this.statusFor(e, inLog ? Math.max(lowBound, blockStart) : lowBound, inLog ? blockEnd : nextStart, used);
    if (e.httpStatus !== null) this.markAgreeing(e, lowBound, used);

    const requestIds: string[] = e.requestId ? [e.requestId] : [];
    const add = (id: string) => {
      if (!requestIds.includes(id)) requestIds.push(id);
    };
    let time = records.timeAt(e.offset);
    for (let k = firstHintFrom(hints, blockStart); k < hints.length && hints[k]!.offset < blockEnd; k++) {
      const h = hints[k]!;
      if (h.kind === "requestId") {
        add(h.value);
        used.add(h);
      } else if (h.kind === "date" && time === null) time = h.value;
    }
    // Outside a log, a request id a little way off (a header block above, a line after) is still this error's.
    if (requestIds.length === 0 && !inLog) {
      const found = this.nearbyRequestId(e, lowBound, nextStart);
      if (found) {
        add(found.value);
        used.add(found);
      }
    }

    return {
      ...e,
      httpStatus,
      requestId: requestIds[0] ?? null,
      requestIds,
      line: first + 1,
      endLine: last + 1,
      recordLine: inLog ? head + 1 : null,
      time,
      contextStart: Math.max(lowBound, e.offset - 600),
      contextEnd: Math.min(nextStart, e.end + 300),
    };
  }

  /** The status nearest before the error (a status line anywhere in its block, prose close by), else just after it. */
  private statusFor(e: RawError, low: number, high: number, used: Set<ContextHint>): number | null {
    const hints = this.hints;
    const last = firstHintFrom(hints, e.end) - 1;
    for (let k = last, steps = 0; k >= 0 && steps < MAX_HINT_WALK; k--, steps++) {
      const h = hints[k]!;
      if (h.offset < low) break;
      if (h.kind !== "status") continue;
      if (!h.statusLine && h.offset < e.offset - PROSE_STATUS_DISTANCE) break;
      used.add(h);
      return Number(h.value);
    }
    for (let k = last + 1, steps = 0; k < hints.length && steps < MAX_HINT_WALK; k++, steps++) {
      const h = hints[k]!;
      if (h.offset >= high || h.offset > e.end + STATUS_AFTER_DISTANCE) break;
      if (h.kind !== "status") continue;
      used.add(h);
      return Number(h.value);
    }
    return null;
  }

  /** Marks the status hints that agree with the error's own status as used. */
  private markAgreeing(e: RawError, low: number, used: Set<ContextHint>): void {
    const hints = this.hints;
    for (let k = firstHintFrom(hints, e.end) - 1, steps = 0; k >= 0 && steps < 8; k--, steps++) {
      const h = hints[k]!;
      if (h.offset < low) break;
      if (h.kind === "status" && Number(h.value) === e.httpStatus) used.add(h);
    }
  }

  private nearbyRequestId(e: RawError, low: number, high: number): ContextHint | null {
    const { hints, lines } = this;
    const at = firstHintFrom(hints, e.offset);
    const topLine = lines.lineOf(e.offset) - PARAGRAPH_LINES;
    for (let k = at - 1, steps = 0; k >= 0 && steps < MAX_HINT_WALK; k--, steps++) {
      const h = hints[k]!;
      if (h.offset < low || lines.lineOf(h.offset) < topLine) break;
      if (h.kind === "requestId") return h;
    }
    const bottomLine = lines.lineOf(e.end) + 10;
    for (let k = at, steps = 0; k < hints.length && steps < MAX_HINT_WALK; k++, steps++) {
      const h = hints[k]!;
      if (h.offset >= high || lines.lineOf(h.offset) > bottomLine) break;
      if (h.kind === "requestId" && h.offset >= e.end) return h;
    }
    return null;
  }

  /**
   * Status-only errors: every HTTP status line or HTML error page with an
   * error status that no error used (a response that carried no code) and,
   * when the paste holds no error at all, every error status in prose.
   */
  private unexplainedStatuses(used: Set<ContextHint>, nothingElse: boolean): RawError[] {
    const { hints, lines } = this;
    const out: RawError[] = [];
    let prevStatusLine: ContextHint | null = null;
    const takenLines = new Set<number>();
    for (const h of hints) {
      if (h.kind !== "status") continue;
      const isLine = h.statusLine === true;
      const prior = prevStatusLine;
      if (isLine) prevStatusLine = h;
      if (used.has(h) || Number(h.value) < 400 || (!isLine && !nothingElse)) continue;
      const line = lines.lineOf(h.offset);
      // An HTML page's <title> and <h1> repeat the status of the response they are in.
      if (
        isLine &&
        prior &&
        prior.value === h.value &&
        this.text.startsWith("<", h.offset) &&
        line - lines.lineOf(prior.offset) <= HTML_TITLE_LINES
      ) {
        continue;
      }
      if (takenLines.has(line)) continue;
      takenLines.add(line);
      out.push({
        code: null,
        message: null,
        httpStatus: Number(h.value),
        requestId: null,
        offset: h.offset,
        end: Math.min(lines.end(line), h.offset + 200),
        source: isLine ? "http" : "text",
        structured: false,
      });
    }
    return out;
  }
}
