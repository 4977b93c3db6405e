/**
 * How findings and entries are named in the overview, the cards, the packet
 * and the command line, so they all say the same thing.
 */
import type { Finding } from "../classify/types";
import type { DiagnoseEntry } from "./entry-view";

type LabelEntry = Pick<DiagnoseEntry, "code" | "message">;

/** An entry's code, or its message for the entry that has none. */
export function entryLabel(entry: LabelEntry): string {
  return entry.code ?? entry.message;
}

/** "APIG.0308", "VPC.0301", "HTTP 502, no code". */
export function findingLabel(finding: Pick<Finding, "code" | "codeAsWritten" | "httpStatus" | "matchedBy">, entry: LabelEntry | null): string {
  if (finding.code) return finding.code;
  if (finding.codeAsWritten) return finding.codeAsWritten;
  if (entry) return entryLabel(entry);
  if (finding.httpStatus !== null) return `HTTP ${finding.httpStatus}, no code`;
  return "Unrecognised error";
}

/** A status seen with no error code: the finding is a guess among `candidates`, not an entry. */
export function isStatusOnly(finding: Pick<Finding, "matchedBy" | "entrySlug">): boolean {
  return finding.matchedBy === "status" && !finding.entrySlug;
}

/** "line 12", "line 12, 2024-05-01 10:00:03" */
export function seenAt(line: number | null | undefined, time: string | null | undefined): string {
  const parts: string[] = [];
  if (typeof line === "number" && line > 0) parts.push(`line ${line.toLocaleString("en-US")}`);
  if (time) parts.push(time);
  return parts.length > 0 ? parts.join(", ") : "not known";
}
