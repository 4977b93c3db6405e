/**
 * A finding's own lines: which lines of the paste show an error (its first
 * occurrences and its last, with a little context), and how to print them
 * with their line numbers. The escalation packet and share links use it.
 */
import type { Finding, Occurrence } from "../classify/types";
import type { Locale } from "../i18n/locales";
import { diagnoseMessages } from "../i18n/messages/diagnose";

/** Lines `from` to `to` (1-based, inclusive). */
export interface LineRange {
  from: number;
  to: number;
}

export interface ExcerptOptions {
  /** How many of the first occurrences to show. */
  first: number;
  /** Also show the last occurrence when it is not among the first. */
  last: boolean;
  /** Lines of context before and after each occurrence. */
  context: number;
  /** A block longer than this many lines keeps its start and its end only. */
  maxBlockLines: number;
}

export const PACKET_EXCERPT: ExcerptOptions = { first: 3, last: true, context: 2, maxBlockLines: 40 };

/** The paste's lines, line 1 at index 0 (a "\r\n" ending counts as one break). */
export function splitLines(text: string): string[] {
  return text.split("\n").map((line) => (line.endsWith("\r") ? line.slice(0, -1) : line));
}

/** The occurrences to show: the first `first` ones and, when asked, the last one. */
export function pickOccurrences(
  finding: Pick<Finding, "occurrences" | "firstLine" | "lastLine">,
  options: Pick<ExcerptOptions, "first" | "last">,
): Occurrence[] {
  const all = Array.isArray(finding.occurrences) && finding.occurrences.length > 0 ? finding.occurrences : fallbackOccurrences(finding);
  const picked = all.slice(0, Math.max(0, options.first));
  const last = all[all.length - 1];
  if (options.last && last && !picked.includes(last)) picked.push(last);
  return picked;
}

/** Without occurrences (an older result), the first and last lines stand for them. */
function fallbackOccurrences(finding: Pick<Finding, "firstLine" | "lastLine">): Occurrence[] {
  const out: Occurrence[] = [];
  if (Number.isInteger(finding.firstLine) && finding.firstLine > 0) {
    out.push({ line: finding.firstLine, endLine: finding.firstLine, time: null, requestId: null });
  }
  if (Number.isInteger(finding.lastLine) && finding.lastLine > finding.firstLine) {
    out.push({ line: finding.lastLine, endLine: finding.lastLine, time: null, requestId: null });
  }
  return out;
}

/** The lines of one occurrence with its context, within 1..lineCount; a long block keeps its start and end. */
export function occurrenceRanges(
  occurrence: Occurrence,
  options: Pick<ExcerptOptions, "context" | "maxBlockLines">,
  lineCount: number,
): LineRange[] {
  const start = Math.max(1, Math.min(occurrence.line, lineCount));
  const end = Math.max(start, Math.min(Math.max(occurrence.endLine ?? start, start), lineCount));
  const ctx = Math.max(0, options.context);
  const clamp = (r: LineRange): LineRange => ({ from: Math.max(1, r.from), to: Math.min(lineCount, r.to) });
  if (end - start + 1 <= options.maxBlockLines) return [clamp({ from: start - ctx, to: end + ctx })];
  const tail = Math.max(1, Math.floor(options.maxBlockLines / 4));
  const head = Math.max(1, options.maxBlockLines - tail);
  return [clamp({ from: start - ctx, to: start + head - 1 }), clamp({ from: end - tail + 1, to: end + ctx })];
}

/** Sorts ranges and joins the ones that overlap or touch. */
export function mergeRanges(ranges: readonly LineRange[]): LineRange[] {
  const sorted = ranges
    .filter((r) => r.to >= r.from)
    .map((r) => ({ ...r }))
    .sort((a, b) => a.from - b.from || a.to - b.to);
  const out: LineRange[] = [];
  for (const r of sorted) {
    const prior = out[out.length - 1];
    if (prior && r.from <= prior.to + 1) prior.to = Math.max(prior.to, r.to);
    else out.push(r);
  }
  return out;
}

/** The merged line ranges of a finding's picked occurrences. */
export function findingRanges(
  finding: Pick<Finding, "occurrences" | "firstLine" | "lastLine">,
  options: ExcerptOptions,
  lineCount: number,
): LineRange[] {
  if (lineCount < 1) return [];
  return mergeRanges(pickOccurrences(finding, options).flatMap((o) => occurrenceRanges(o, options, lineCount)));
}

/** Lines in the ranges. */
export function rangeLineCount(ranges: readonly LineRange[]): number {
  return ranges.reduce((n, r) => n + (r.to - r.from + 1), 0);
}

/**
 * A line cut to `max` characters, saying how much was left out. The marker is
 * the same in every language: share links carry lines cut this way, and the
 * page that opens them says what the marker means.
 */
export function cutLine(line: string, max: number): string {
  if (line.length <= max) return line;
  return `${line.slice(0, max)} [… ${(line.length - max).toLocaleString("en-US")} more characters]`;
}

/**
 * The ranges as text, each line prefixed by its number ("  12 | ..."), with
 * a marker where lines are skipped. `lineAt` gives line n (1-based) or null
 * when it is not available (a shared link holds only some lines).
 */
export function numberedLines(
  ranges: readonly LineRange[],
  lineAt: (n: number) => string | null,
  maxLineChars = 2000,
  locale: Locale = "en",
): string {
  const notInLink = diagnoseMessages[locale].packet.notInLink;
  const width = String(ranges.reduce((m, r) => Math.max(m, r.to), 1)).length;
  const out: string[] = [];
  let previous = 0;
  for (const r of ranges) {
    if (previous > 0 && r.from > previous + 1) out.push(`${" ".repeat(width)} ⋮`);
    for (let n = r.from; n <= r.to; n++) {
      const line = lineAt(n);
      out.push(
        line === null ? `${String(n).padStart(width)} | ${notInLink}` : `${String(n).padStart(width)} | ${cutLine(line, maxLineChars)}`,
      );
    }
    previous = r.to;
  }
  return out.join("\n");
}
