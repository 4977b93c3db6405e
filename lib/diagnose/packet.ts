import type { Finding } from "../classify/types";
import type { DiagnoseEntry } from "./entry-view";
import { LAYER_INFO } from "../catalogue/layers";
import { causeState } from "./cause-state";
import { cutLine, findingRanges, numberedLines, PACKET_EXCERPT } from "./excerpt";
import { entryLabel, isStatusOnly } from "./labels";
import { GENERAL_ESCALATE, TICKET_FIELD_LABEL, ticketItems } from "./ticket";

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
}

/** Request ids listed in a packet; the rest are counted. */
export const PACKET_REQUEST_IDS = 20;
/** Longest line of the paste a packet quotes in full. */
export const PACKET_LINE_CHARS = 2000;

function quoted(text: string): string {
  return `"${cutLine(text.replace(/\s+/g, " ").trim(), 300)}"`;
}

function requestIdLines(finding: Finding, total: number): string[] {
  const ids = finding.requestIds ?? [];
  if (ids.length === 0) return [`Request id: ${finding.requestId ?? "not seen"}`];
  if (total === 1) return [`Request id: ${ids[0]}`];
  const listed = ids.slice(0, PACKET_REQUEST_IDS);
  const more = total - listed.length;
  return [`Request ids (${total}): ${listed.join(", ")}${more > 0 ? `, and ${more} more` : ""}`];
}

/**
 * A plain-text escalation packet for a support ticket: the finding, its cause
 * only as far as the paste (or the reader) decides it, its own lines from the
 * paste, and the code page's ticket checklist marked against the paste.
 * Everything in it comes from the redacted paste.
 */
export function escalationPacket(input: PacketInput): string {
  const { finding, entries, readerCause, tickedSteps, lineAt, lineCount, pageUrl } = input;
  const entry = finding.entrySlug ? entries[finding.entrySlug] ?? null : null;
  const statusOnly = isStatusOnly(finding);
  const lines: string[] = ["OCR error report"];

  if (statusOnly) {
    lines.push("Code: none (the response carried no error code)");
  } else {
    const code = finding.code ?? finding.codeAsWritten;
    lines.push(`Code: ${code ?? "none shown"}${code && !entry ? " (not in the OCR catalogue)" : ""}`);
  }
  if (entry) {
    const shared = finding.matchedBy === "message" ? (finding.candidates ?? []).filter((s) => s !== entry.slug) : [];
    const how = finding.matchedBy === "message" ? "; matched by its message, the paste shows no code" : "";
    lines.push(`Catalogue entry: ${entryLabel(entry)} (${LAYER_INFO[entry.layer].title}${how})`);
    if (shared.length > 0) lines.push(`The same message also belongs to: ${shared.map((s) => (entries[s] ? entryLabel(entries[s]) : s)).join(", ")}`);
  }
  lines.push(`Message: ${finding.message ?? (entry ? `none shown (the documented message is "${entry.message}")` : "none shown")}`);
  lines.push(`HTTP status: ${finding.httpStatus ?? "not seen"}${finding.httpStatus !== null && finding.httpStatusSource === "catalogue" ? " (documented; not seen in the paste)" : ""}`);
  if (statusOnly && (finding.candidates ?? []).length > 0) {
    lines.push(`HTTP ${finding.httpStatus} can mean:`);
    for (const slug of finding.candidates ?? []) {
      const candidate = entries[slug];
      lines.push(`  - ${candidate ? `${entryLabel(candidate)}: ${candidate.summary}` : slug} (${pageUrl(slug)})`);
    }
  }
  lines.push(...requestIdLines(finding, input.requestIdTotal ?? finding.requestIds?.length ?? 0));
  if (finding.time) lines.push(`Time: ${finding.time}${finding.lastTime && finding.lastTime !== finding.time ? ` (last: ${finding.lastTime})` : ""}`);
  if (finding.values.region) lines.push(`Region: ${finding.values.region}`);
  if (finding.values.endpoint) lines.push(`Endpoint: ${finding.values.endpoint}`);
  if (finding.count > 1) {
    lines.push(`Seen ${finding.count} times in the paste: first at line ${finding.firstLine}, last starting at line ${finding.lastLine}`);
  } else if (finding.firstLine > 0) {
    lines.push(`Seen once in the paste, at line ${finding.firstLine}`);
  }

  const state = causeState(finding, entry, readerCause);
  let stepsOf: { steps: { action: string }[] } | null = null;
  switch (state.kind) {
    case "evidence":
      lines.push(`Cause (from the paste: ${quoted(state.evidence)}): ${state.cause.title}`);
      stepsOf = state.cause;
      break;
    case "only":
      lines.push(`Cause (the only documented cause of ${entry ? entryLabel(entry) : "this error"}): ${state.cause.title}`);
      stepsOf = state.cause;
      break;
    case "reader":
      lines.push(`Cause (chosen by the reader, not shown by the paste): ${state.cause.title}`);
      if (state.pasteCause) lines.push(`  The paste itself points to: ${state.pasteCause.title}`);
      stepsOf = state.cause;
      break;
    case "undetermined":
      lines.push("Cause: not determined from the paste. How to tell the causes apart:");
      for (const c of state.causes) lines.push(`  - ${c.title}: ${c.tell}`);
      break;
    case "no-entry":
      break;
  }
  if (stepsOf) {
    const steps = stepsOf.steps;
    const done = tickedSteps.filter((i) => Number.isInteger(i) && i >= 0 && i < steps.length).sort((a, b) => a - b);
    lines.push(done.length > 0 ? "Steps already done:" : "Steps already done: none yet");
    for (const i of done) lines.push(`  [x] ${i + 1}. ${steps[i].action}`);
  }
  if (entry) lines.push(`Reference: ${pageUrl(entry.slug)}`);

  const checklist = entry && entry.escalate.length > 0 ? entry.escalate : GENERAL_ESCALATE;
  lines.push("", entry && entry.escalate.length > 0 ? `What to put in a ticket (from the ${entryLabel(entry)} page):` : "What to put in a ticket:");
  for (const item of ticketItems(checklist, finding)) {
    lines.push(`  - ${item.text}`);
    for (const g of item.given) lines.push(`      in the paste: ${TICKET_FIELD_LABEL[g.field]} = ${cutLine(g.value, 160)}`);
    if (item.missing.length > 0) lines.push(`      missing from the paste: ${item.missing.map((f) => TICKET_FIELD_LABEL[f]).join(", ")}`);
    if (item.given.length === 0 && item.missing.length === 0) lines.push("      (add this yourself)");
  }

  const ranges = findingRanges(finding, PACKET_EXCERPT, lineCount);
  if (ranges.length > 0) {
    const which = finding.count > 1 ? "its first occurrences and the last" : "the error";
    lines.push("", `Lines from the paste (secrets masked; ${which}, with ${PACKET_EXCERPT.context} lines around each):`);
    lines.push(numberedLines(ranges, lineAt, PACKET_LINE_CHARS));
  }
  return lines.join("\n");
}

