/**
 * Which cause a finding is shown with, and why. A cause is stated only when
 * the paste shows it (the classifier's evidence), when the entry has only one
 * cause, or when the reader chose it; otherwise it is "not determined" and
 * every cause is listed with how to tell it apart.
 */
import type { Cause } from "../catalogue/schema";
import type { Finding } from "../classify/types";
import type { DiagnoseEntry } from "./entry-view";

export type CauseState =
  /** No catalogue entry, so no causes to choose from. */
  | { kind: "no-entry" }
  /** The paste says which cause: `evidence` is the text that decided it. */
  | { kind: "evidence"; cause: Cause; evidence: string }
  /** The entry documents one cause only. */
  | { kind: "only"; cause: Cause }
  /** The reader chose this cause; `pasteCause` is what the paste points to, if anything. */
  | { kind: "reader"; cause: Cause; pasteCause: Cause | null }
  /** Nothing in the paste decides; the causes and how to tell them apart. */
  | { kind: "undetermined"; causes: Cause[] };

/** The cause to show for `finding`, given the reader's choice (a cause id, or null/undefined for none). */
export function causeState(
  finding: Pick<Finding, "causeId" | "causeEvidence">,
  entry: Pick<DiagnoseEntry, "causes"> | null,
  readerChoice: string | null | undefined,
): CauseState {
  if (!entry || entry.causes.length === 0) return { kind: "no-entry" };
  const pasteCause = pasteCauseOf(finding, entry);
  const chosen = readerChoice ? (entry.causes.find((c) => c.id === readerChoice) ?? null) : null;
  if (chosen && chosen.id !== pasteCause?.cause.id) return { kind: "reader", cause: chosen, pasteCause: pasteCause?.cause ?? null };
  if (pasteCause)
    return pasteCause.evidence !== null
      ? { kind: "evidence", cause: pasteCause.cause, evidence: pasteCause.evidence }
      : { kind: "only", cause: pasteCause.cause };
  if (entry.causes.length === 1) return { kind: "only", cause: entry.causes[0]! };
  return { kind: "undetermined", causes: entry.causes };
}

/** The classifier's cause when it is backed by evidence, or is the entry's only cause. */
function pasteCauseOf(
  finding: Pick<Finding, "causeId" | "causeEvidence">,
  entry: Pick<DiagnoseEntry, "causes">,
): { cause: Cause; evidence: string | null } | null {
  if (!finding.causeId) return null;
  const cause = entry.causes.find((c) => c.id === finding.causeId);
  if (!cause) return null;
  const evidence = typeof finding.causeEvidence === "string" && finding.causeEvidence.trim() !== "" ? finding.causeEvidence : null;
  if (evidence !== null) return { cause, evidence };
  // A cause without evidence is stated only when it is the only one there is.
  return entry.causes.length === 1 ? { cause, evidence: null } : null;
}

/** The cause whose steps are shown, if any. */
export function shownCause(state: CauseState): Cause | null {
  return state.kind === "evidence" || state.kind === "only" || state.kind === "reader" ? state.cause : null;
}
