import type { Entry } from "../catalogue/schema";

/** What the diagnose page needs of an entry: enough to show causes and steps, nothing more. */
export type DiagnoseEntry = Pick<
  Entry,
  "slug" | "code" | "layer" | "message" | "summary" | "statuses" | "fixOwner" | "retry" | "causes" | "escalate"
>;

export function toDiagnoseEntry(entry: Entry): DiagnoseEntry {
  const { slug, code, layer, message, summary, statuses, fixOwner, retry, causes, escalate } = entry;
  return { slug, code, layer, message, summary, statuses, fixOwner, retry, causes, escalate };
}
