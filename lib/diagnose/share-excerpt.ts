/**
 * What a Share link holds: a paste up to MAX_SHARED_PASTE_CHARS whole; a
 * larger one as its error lines (each finding's first occurrences and last,
 * with context, at their original line numbers) plus the sender's findings
 * for the whole paste. What does not fit is left out on purpose and said so,
 * never cut silently. Also: how the receiving page reads such a link back.
 */
import type { ClassifyResult, Finding } from "../classify/types";
import type { Locale } from "../i18n/locales";
import { diagnoseMessages } from "../i18n/messages/diagnose";
import { cutLine, findingRanges, mergeRanges, pickOccurrences, splitLines, type ExcerptOptions, type LineRange } from "./excerpt";
import { MAX_SHARED_PASTE_CHARS, type SharedDiagnosis, type SharedExcerpt, type SharedFinding } from "./share";
import type { TimelineData } from "./timeline";

export interface ShareInput {
  /** The paste with secrets masked. */
  redactedPaste: string;
  result: ClassifyResult;
  timeline: TimelineData | null;
  causes: Record<string, string>;
  ticked: string[];
}

interface Level extends ExcerptOptions {
  /** Longest line kept whole. */
  lineChars: number;
}

/** From the fullest excerpt to the leanest; the first that fits the budget is used. */
const LEVELS: Level[] = [
  { first: 3, last: true, context: 2, maxBlockLines: 40, lineChars: 1000 },
  { first: 1, last: true, context: 2, maxBlockLines: 20, lineChars: 500 },
  { first: 1, last: false, context: 1, maxBlockLines: 10, lineChars: 300 },
  { first: 1, last: false, context: 0, maxBlockLines: 5, lineChars: 200 },
];

/** Request ids listed per finding in a link, at most (the total is always given). */
export const SHARED_REQUEST_IDS = 20;
/**
 * How much of each finding the summary repeats: request ids, and the longest
 * message or evidence (cut with a marker). Leaner steps are used when many
 * findings would make the link too long.
 */
const SUMMARY_STEPS = [
  { ids: SHARED_REQUEST_IDS, textChars: 1000 },
  { ids: 5, textChars: 300 },
  { ids: 1, textChars: 120 },
];
/** Budget for the findings' summary, in characters of JSON. */
const SUMMARY_BUDGET = 16_000;

function excerptChars(ranges: readonly LineRange[], lines: readonly string[], lineChars: number): number {
  let n = 0;
  for (const r of ranges) for (let i = r.from; i <= r.to; i++) n += Math.min(lines[i - 1]?.length ?? 0, lineChars + 40) + 1;
  return n;
}

/** The ranges to share and which findings' lines they hold, within MAX_SHARED_PASTE_CHARS. */
function chooseLines(findings: readonly Finding[], lines: readonly string[]): { level: Level; ranges: LineRange[]; included: boolean[] } {
  const lineCount = lines.length;
  for (const level of LEVELS) {
    const ranges = mergeRanges(findings.flatMap((f) => findingRanges(f, level, lineCount)));
    if (excerptChars(ranges, lines, level.lineChars) <= MAX_SHARED_PASTE_CHARS)
      return { level, ranges, included: findings.map(() => true) };
  }
  // Even the leanest excerpt of every finding is too long: the most frequent findings keep their lines.
  const level = LEVELS[LEVELS.length - 1]!;
  let ranges: LineRange[] = [];
  const included = findings.map((f) => {
    const next = mergeRanges([...ranges, ...findingRanges(f, level, lineCount)]);
    if (excerptChars(next, lines, level.lineChars) > MAX_SHARED_PASTE_CHARS) return false;
    ranges = next;
    return true;
  });
  return { level, ranges, included };
}

function summarize(finding: Finding, level: Level, included: boolean, step: (typeof SUMMARY_STEPS)[number]): SharedFinding {
  const requestIds = finding.requestIds ?? (finding.requestId ? [finding.requestId] : []);
  return {
    finding: {
      ...finding,
      message: finding.message === null ? null : cutLine(finding.message, step.textChars),
      causeEvidence: finding.causeEvidence ? cutLine(finding.causeEvidence, step.textChars) : null,
      requestIds: requestIds.slice(0, step.ids),
      requestId: requestIds[0] ?? null,
      occurrences: included ? pickOccurrences(finding, level) : [],
    },
    requestIdTotal: requestIds.length,
    linesShared: included,
  };
}

/** The state a Share link carries for this paste and its result. */
export function sharedState(input: ShareInput): SharedDiagnosis {
  const { redactedPaste, result, timeline, causes, ticked } = input;
  if (redactedPaste.length <= MAX_SHARED_PASTE_CHARS) return { kind: "whole", paste: redactedPaste, causes, ticked };

  const lines = splitLines(redactedPaste);
  const { level, ranges, included } = chooseLines(result.findings, lines);
  let cutLines = 0;
  const blocks = ranges.map((r) => ({
    from: r.from,
    lines: lines.slice(r.from - 1, r.to).map((line) => {
      if (line.length > level.lineChars) cutLines++;
      return cutLine(line, level.lineChars);
    }),
  }));
  let findings: SharedFinding[] = [];
  for (const step of SUMMARY_STEPS) {
    findings = result.findings.map((f, i) => summarize(f, level, included[i]!, step));
    if (JSON.stringify(findings).length <= SUMMARY_BUDGET) break;
  }
  return {
    kind: "excerpt",
    lineCount: lines.length,
    blocks,
    findings,
    timeline,
    lineChars: level.lineChars,
    cutLines,
    redactions: result.redactions,
    truncated: result.truncated ?? false,
    causes,
    ticked,
  };
}

/* Reading an excerpt link back. */

/** Lines the link holds. */
export function sharedLineCount(state: Pick<SharedExcerpt, "blocks">): number {
  return state.blocks.reduce((n, b) => n + b.lines.length, 0);
}

/** Line n (1-based) of the sender's paste, or null when the link does not hold it. */
export function excerptLineAt(state: Pick<SharedExcerpt, "blocks">): (n: number) => string | null {
  const byLine = new Map<number, string>();
  for (const b of state.blocks) {
    for (const [i, line] of b.lines.entries()) byLine.set(b.from + i, line);
  }
  return (n) => byLine.get(n) ?? null;
}

/** The shared lines as text for the paste box, with a marker (in `locale`) for every run of lines left out. */
export function excerptText(state: Pick<SharedExcerpt, "blocks" | "lineCount">, locale: Locale = "en"): string {
  const gap = diagnoseMessages[locale].share.gap;
  const out: string[] = [];
  let next = 1;
  for (const b of state.blocks) {
    if (b.from > next) out.push(gap(next, b.from - 1));
    out.push(...b.lines);
    next = b.from + b.lines.length;
  }
  if (next <= state.lineCount) out.push(gap(next, state.lineCount));
  return out.join("\n");
}

/** What the receiving page says about an excerpt link: how much of the paste it holds and what was left out. */
export function excerptNotice(state: SharedExcerpt, locale: Locale = "en"): string[] {
  const m = diagnoseMessages[locale].share;
  const notes = [m.holds(sharedLineCount(state), state.lineCount)];
  const without = state.findings.filter((f) => !f.linesShared).length;
  if (without > 0) notes.push(m.withoutLines(without, state.findings.length));
  if (state.cutLines > 0) notes.push(m.cutLines(state.cutLines, state.lineChars));
  const capped = state.findings.filter((f) => f.requestIdTotal > f.finding.requestIds.length);
  if (capped.length > 0) notes.push(m.idsCapped(Math.max(...capped.map((f) => f.finding.requestIds.length))));
  if (state.truncated) notes.push(m.truncated);
  return notes;
}
