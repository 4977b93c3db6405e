import { localizeEntry } from "../catalogue/localize";
import type { Entry } from "../catalogue/schema";
import type { Locale } from "../i18n/locales";
import { escalateFields, type TicketField } from "./ticket";

/** What the diagnose page needs of an entry: enough to show causes and steps, nothing more. */
export type DiagnoseEntry = Pick<
  Entry,
  "slug" | "code" | "layer" | "message" | "summary" | "statuses" | "fixOwner" | "retry" | "causes" | "escalate"
> & {
  /**
   * The fields (request id, time, region...) each `escalate` item asks for,
   * read from the English items, so a translated checklist is marked against
   * the paste exactly as the English one. Missing: read from `escalate` itself.
   */
  escalateFields?: TicketField[][];
};

/**
 * The entry as the diagnose page of `locale` shows it: its text in that
 * language (localizeEntry), codes and documented messages as they are.
 */
export function toDiagnoseEntry(entry: Entry, locale: Locale = "en"): DiagnoseEntry {
  const { slug, code, layer, message, summary, statuses, fixOwner, retry, causes, escalate } = localizeEntry(entry, locale);
  const view: DiagnoseEntry = { slug, code, layer, message, summary, statuses, fixOwner, retry, causes, escalate };
  // Read from the English items; a translation that does not line up with them (localizeEntry kept the English) is read as it is.
  if (escalate.length === entry.escalate.length) view.escalateFields = escalateFields(entry.escalate);
  return view;
}
