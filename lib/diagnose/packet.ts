import type { Finding } from "../classify/types";
import type { DiagnoseEntry } from "./entry-view";
import { LAYER_INFO } from "../catalogue/layers";

export interface PacketInput {
  finding: Finding;
  entry: DiagnoseEntry | null;
  causeId: string | null;
  /** Step indexes (0-based) of the chosen cause that were ticked. */
  tickedSteps: number[];
  /** The paste with secrets masked. */
  redactedPaste: string;
  /** Absolute link to the entry's page, when there is an entry. */
  pageUrl: string | null;
}

/** The longest excerpt of the paste a packet includes. */
export const PACKET_PASTE_CHARS = 4000;

/** A plain-text escalation packet to paste into a support ticket. Everything in it is already redacted. */
export function escalationPacket({ finding, entry, causeId, tickedSteps, redactedPaste, pageUrl }: PacketInput): string {
  const cause = entry?.causes.find((c) => c.id === causeId) ?? null;
  const lines: string[] = ["OCR error report"];
  lines.push(`Code: ${finding.code ?? finding.codeAsWritten ?? "none shown"}${finding.known ? "" : finding.code ? " (not in the OCR catalogue)" : ""}`);
  if (entry) lines.push(`Catalogue entry: ${entry.code ?? entry.slug} (${LAYER_INFO[entry.layer].title})`);
  lines.push(`Message: ${finding.message ?? entry?.message ?? "none shown"}`);
  lines.push(`HTTP status: ${finding.httpStatus ?? "not seen"}`);
  lines.push(`Request id: ${finding.requestId ?? "not seen"}`);
  const time = finding.values.time ?? finding.values.timestamp ?? finding.values.date;
  if (time) lines.push(`Time: ${time}`);
  if (finding.values.region) lines.push(`Region: ${finding.values.region}`);
  if (finding.values.endpoint) lines.push(`Endpoint: ${finding.values.endpoint}`);
  if (finding.count > 1) lines.push(`Seen ${finding.count} times in the paste`);
  if (cause) {
    lines.push(`Likely cause: ${cause.title}`);
    const done = tickedSteps.filter((i) => i >= 0 && i < cause.steps.length).sort((a, b) => a - b);
    lines.push(done.length > 0 ? "Steps already done:" : "Steps already done: none yet");
    for (const i of done) lines.push(`  [x] ${i + 1}. ${cause.steps[i].action}`);
  }
  if (pageUrl) lines.push(`Reference: ${pageUrl}`);
  const excerpt = redactedPaste.length > PACKET_PASTE_CHARS ? `${redactedPaste.slice(0, PACKET_PASTE_CHARS)}\n[... cut]` : redactedPaste;
  lines.push("", "Response (secrets masked):", excerpt.trim());
  return lines.join("\n");
}
