/**
 * How findings and entries are named in the overview, the cards, the packet
 * and the command line, so they all say the same thing.
 */
import type { Finding } from "../classify/types";
import type { Locale } from "../i18n/locales";
import { diagnoseMessages } from "../i18n/messages/diagnose";
import type { DiagnoseEntry } from "./entry-view";

type LabelEntry = Pick<DiagnoseEntry, "code" | "message">;

/** An entry's code, or its message for the entry that has none. */
export function entryLabel(entry: LabelEntry): string {
  return entry.code ?? entry.message;
}

/** "APIG.0308", "VPC.0301", "HTTP 502, no code". */
export function findingLabel(
  finding: Pick<Finding, "code" | "codeAsWritten" | "httpStatus" | "matchedBy">,
  entry: LabelEntry | null,
  locale: Locale = "en",
): string {
  if (finding.code) return finding.code;
  if (finding.codeAsWritten) return finding.codeAsWritten;
  if (entry) return entryLabel(entry);
  const m = diagnoseMessages[locale].labels;
  if (finding.httpStatus !== null) return m.httpNoCode(finding.httpStatus);
  return m.unrecognised;
}

/**
 * A timeline series' label in `locale`. The timeline (also carried by share
 * links) names its series in English, whatever the page's language: codes
 * and documented messages as they are, plus "HTTP 502, no code",
 * "Unrecognised error" and "Other errors", which this translates.
 */
export function seriesLabel(label: string, locale: Locale): string {
  if (locale === "en") return label;
  const en = diagnoseMessages.en.labels;
  const m = diagnoseMessages[locale].labels;
  if (label === en.unrecognised) return m.unrecognised;
  if (label === en.otherErrors) return m.otherErrors;
  const status = /^HTTP (\d{3}), no code$/.exec(label);
  return status ? m.httpNoCode(Number(status[1])) : label;
}

/** A status seen with no error code: the finding is a guess among `candidates`, not an entry. */
export function isStatusOnly(finding: Pick<Finding, "matchedBy" | "entrySlug">): boolean {
  return finding.matchedBy === "status" && !finding.entrySlug;
}

/** "line 12", "line 12, 2024-05-01 10:00:03" */
export function seenAt(line: number | null | undefined, time: string | null | undefined, locale: Locale = "en"): string {
  const m = diagnoseMessages[locale].labels;
  const parts: string[] = [];
  if (typeof line === "number" && line > 0) parts.push(m.line(line));
  if (time) parts.push(time);
  return parts.length > 0 ? parts.join(m.seenAtJoin) : m.notKnown;
}
