import { foldSpaces } from "../classify/strings";
import type { Finding } from "../classify/types";
import type { DiagnoseEntry } from "./entry-view";
import type { Locale } from "../i18n/locales";
import { catalogueMessages } from "../i18n/messages/catalogue";
import { diagnoseMessages, type DiagnoseMessages } from "../i18n/messages/diagnose";
import { causeState } from "./cause-state";
import { cutLine, findingRanges, numberedLines, PACKET_EXCERPT } from "./excerpt";
import { entryLabel, isStatusOnly } from "./labels";
import { generalChecklist, ticketItems } from "./ticket";

export interface PacketInput {
  finding: Finding;
  /** The entries the page knows, by slug: the finding's entry and its candidates. */
  entries: Readonly<Record<string, DiagnoseEntry>>;
  /** The cause the reader chose on the page, or null. */
  readerCause: string | null;
  /** Step indexes (0-based) of the shown cause that were ticked. */
  tickedSteps: number[];
  /** Line n (1-based) of the paste with secrets masked, or null when it is not available. */
  lineAt: (n: number) => string | null;
  lineCount: number;
  /** Absolute link to an entry's page. */
  pageUrl: (slug: string) => string;
  /** Every distinct request id of the finding, when `finding.requestIds` holds only the first ones (a shared link). */
  requestIdTotal?: number;
  /**
   * The language of the packet's headings and sentences (English when not
   * given). The code, the message, request ids, lines and times stay exactly
   * as the paste has them; `entries` should be in the same language.
   */
  locale?: Locale;
}

/** Request ids listed in a packet; the rest are counted. */
const PACKET_REQUEST_IDS = 20;
/** Longest line of the paste a packet quotes in full. */
const PACKET_LINE_CHARS = 2000;

function quoted(text: string, m: DiagnoseMessages["packet"]): string {
  return m.quote(cutLine(foldSpaces(text).trim(), 300));
}

function requestIdLines(finding: Finding, total: number, m: DiagnoseMessages["packet"]): string[] {
  const ids = finding.requestIds ?? [];
  if (ids.length === 0) return [m.requestId(finding.requestId ?? null)];
  if (total === 1) return [m.requestId(ids[0]!)];
  const listed = ids.slice(0, PACKET_REQUEST_IDS);
  return [m.requestIds(total, listed, total - listed.length)];
}

/**
 * A plain-text escalation packet for a support ticket: the finding, its cause
 * only as far as the paste (or the reader) decides it, its own lines from the
 * paste, and the code page's ticket checklist marked against the paste.
 * Everything in it comes from the redacted paste.
 */
export function escalationPacket(input: PacketInput): string {
  const { finding, entries, readerCause, tickedSteps, lineAt, lineCount, pageUrl } = input;
  const locale = input.locale ?? "en";
  const all = diagnoseMessages[locale];
  const m = all.packet;
  const entry = finding.entrySlug ? (entries[finding.entrySlug] ?? null) : null;
  const statusOnly = isStatusOnly(finding);
  const lines: string[] = [m.title];

  if (statusOnly) {
    lines.push(m.codeNone);
  } else {
    const code = finding.code ?? finding.codeAsWritten;
    lines.push(m.code(code ?? null, Boolean(code) && !entry));
  }
  if (entry) {
    const shared = finding.matchedBy === "message" ? (finding.candidates ?? []).filter((s) => s !== entry.slug) : [];
    lines.push(m.entry(entryLabel(entry), catalogueMessages[locale].layers[entry.layer].title, finding.matchedBy === "message"));
    if (shared.length > 0) lines.push(m.sharedMessage(shared.map((s) => (entries[s] ? entryLabel(entries[s]) : s))));
  }
  lines.push(m.message(finding.message ?? null, entry ? entry.message : null));
  lines.push(m.status(finding.httpStatus ?? null, finding.httpStatus !== null && finding.httpStatusSource === "catalogue"));
  if (statusOnly && (finding.candidates ?? []).length > 0) {
    lines.push(m.canMean(finding.httpStatus));
    for (const slug of finding.candidates ?? []) {
      const candidate = entries[slug];
      lines.push(`  - ${m.link(candidate ? m.candidate(entryLabel(candidate), candidate.summary) : slug, pageUrl(slug))}`);
    }
  }
  lines.push(...requestIdLines(finding, input.requestIdTotal ?? finding.requestIds?.length ?? 0, m));
  if (finding.time) lines.push(m.time(finding.time, finding.lastTime && finding.lastTime !== finding.time ? finding.lastTime : null));
  if (finding.values.region) lines.push(m.region(finding.values.region));
  if (finding.values.endpoint) lines.push(m.endpoint(finding.values.endpoint));
  if (finding.count > 1) {
    lines.push(m.seenTimes(finding.count, finding.firstLine, finding.lastLine));
  } else if (finding.firstLine > 0) {
    lines.push(m.seenOnce(finding.firstLine));
  }

  const state = causeState(finding, entry, readerCause);
  let stepsOf: { steps: { action: string }[] } | null = null;
  switch (state.kind) {
    case "evidence":
      lines.push(m.causeEvidence(quoted(state.evidence, m), state.cause.title));
      stepsOf = state.cause;
      break;
    case "only":
      lines.push(m.causeOnly(entry ? entryLabel(entry) : null, state.cause.title));
      stepsOf = state.cause;
      break;
    case "reader":
      lines.push(m.causeReader(state.cause.title));
      if (state.pasteCause) lines.push(`  ${m.pastePointsTo(state.pasteCause.title)}`);
      stepsOf = state.cause;
      break;
    case "undetermined":
      lines.push(m.causeUndetermined);
      for (const c of state.causes) lines.push(`  - ${m.causeTell(c.title, c.tell)}`);
      break;
    case "no-entry":
      break;
  }
  if (stepsOf) {
    const steps = stepsOf.steps;
    const done = tickedSteps.filter((i) => Number.isInteger(i) && i >= 0 && i < steps.length).sort((a, b) => a - b);
    lines.push(done.length > 0 ? m.stepsDone : m.stepsNone);
    for (const i of done) lines.push(`  [x] ${i + 1}. ${steps[i]!.action}`);
  }
  if (entry) lines.push(m.reference(pageUrl(entry.slug)));

  const own = entry !== null && entry.escalate.length > 0;
  const checklist = own ? { items: entry.escalate, fields: entry.escalateFields } : generalChecklist(locale);
  const fieldName = all.ticket.fields;
  lines.push("", own ? m.ticketFrom(entryLabel(entry)) : m.ticket);
  for (const item of ticketItems(checklist.items, finding, { fields: checklist.fields, locale })) {
    lines.push(`  - ${item.text}`);
    for (const g of item.given) lines.push(`      ${m.given(fieldName[g.field], cutLine(g.value, 160))}`);
    if (item.missing.length > 0) lines.push(`      ${m.missing(item.missing.map((f) => fieldName[f]))}`);
    if (item.given.length === 0 && item.missing.length === 0) lines.push(`      ${m.addYourself}`);
  }

  const ranges = findingRanges(finding, PACKET_EXCERPT, lineCount);
  if (ranges.length > 0) {
    lines.push("", m.linesHeading(finding.count > 1, PACKET_EXCERPT.context));
    lines.push(numberedLines(ranges, lineAt, PACKET_LINE_CHARS, locale));
  }
  return lines.join("\n");
}
