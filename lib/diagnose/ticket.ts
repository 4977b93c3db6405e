/**
 * "What to put in a ticket": which items of a code page's escalate list the
 * paste already answers. Each item is read by keyword for the facts a paste
 * can show (request id, time, region, endpoint, error code, message, HTTP
 * status); the finding gives their values, or says they are missing.
 */
import type { Finding } from "../classify/types";
import type { Locale } from "../i18n/locales";
import { diagnoseMessages } from "../i18n/messages/diagnose";

export type TicketField = "requestId" | "time" | "region" | "endpoint" | "errorCode" | "errorMessage" | "httpStatus";

/** The order fields are listed in. */
const FIELD_ORDER: TicketField[] = ["errorCode", "errorMessage", "httpStatus", "requestId", "time", "region", "endpoint"];

const MATCHERS: Record<TicketField, (item: string) => boolean> = {
  requestId: (item) => /x-request-id|request[_ ]id/i.test(item),
  // "UTC time", "the time (UTC)", "UTC times"; not "at the time", "at that time", "time window" or "over time".
  time: (item) => /\bUTC\b/.test(item) || /(?<!\bat (?:the |that |the same )|\bover )\btimes?\b(?! window)/i.test(item),
  // The region called ("the region", "endpoint (region)"); not "other regions", "the same region", "that region" or "console region".
  region: (item) => /(?<!\b(?:same|that|console) )\bregion\b/i.test(item),
  // The endpoint called; not "the region of the endpoint", "that endpoint" or the IAM endpoint.
  endpoint: (item) => /(?<!\bof the |\bthat |\bIAM )\bendpoint\b/i.test(item),
  errorCode: (item) => /\berror_code\b|\berror code\b|^the code\b|, the code\b/i.test(item),
  errorMessage: (item) => /\berror_msg\b|\berror message\b/i.test(item),
  httpStatus: (item) => /\bHTTP status\b|\b[45]\d\d status\b/i.test(item),
};

/** The fields an escalate item asks for that a paste can show, in a fixed order. */
export function ticketFields(item: string): TicketField[] {
  return FIELD_ORDER.filter((field) => MATCHERS[field](item));
}

export type TicketFinding = Pick<
  Finding,
  "code" | "codeAsWritten" | "message" | "httpStatus" | "httpStatusSource" | "requestIds" | "time" | "lastTime" | "values"
>;

/** The paste's value for a field, or null when the paste does not give it. */
export function fieldValue(field: TicketField, finding: TicketFinding, locale: Locale = "en"): string | null {
  const m = diagnoseMessages[locale].ticket;
  switch (field) {
    case "requestId": {
      const ids = finding.requestIds ?? [];
      if (ids.length === 0) return null;
      return ids.length <= 3 ? ids.join(", ") : m.moreIds(ids.slice(0, 3), ids.length - 3);
    }
    case "time":
      if (!finding.time) return null;
      return finding.lastTime && finding.lastTime !== finding.time ? m.timeSpan(finding.time, finding.lastTime) : finding.time;
    case "region":
      return finding.values?.region ?? null;
    case "endpoint":
      return finding.values?.endpoint ?? null;
    case "errorCode":
      return finding.codeAsWritten ?? finding.code ?? null;
    case "errorMessage":
      return finding.message ?? null;
    case "httpStatus":
      return finding.httpStatusSource === "paste" && finding.httpStatus !== null ? String(finding.httpStatus) : null;
  }
}

export interface TicketItem {
  /** The item as the code page writes it. */
  text: string;
  /** The fields the paste already gives, with their values. */
  given: { field: TicketField; value: string }[];
  /** The fields the item asks for that the paste does not give. */
  missing: TicketField[];
}

export interface TicketOptions {
  /**
   * The fields each item asks for, read from the English item (see
   * escalateFields): a translated item is read by its English original,
   * which says the same in the same order.
   */
  fields?: readonly (readonly TicketField[])[];
  /** The language of the values' wording ("a, b, c and 2 more"). */
  locale?: Locale;
}

/** The fields each English escalate item asks for, in the items' order. */
export function escalateFields(escalate: readonly string[]): TicketField[][] {
  return escalate.map(ticketFields);
}

/** Each escalate item with what the paste already gives and what is missing. */
export function ticketItems(escalate: readonly string[], finding: TicketFinding, options: TicketOptions = {}): TicketItem[] {
  return escalate.map((text, i) => {
    const given: TicketItem["given"] = [];
    const missing: TicketField[] = [];
    for (const field of options.fields?.[i] ?? ticketFields(text)) {
      const value = fieldValue(field, finding, options.locale);
      if (value === null) missing.push(field);
      else given.push({ field, value });
    }
    return { text, given, missing };
  });
}

/** What to ask for when there is no code page to ask (a status with no code), in English; diagnoseMessages[locale].ticket.general in each language. */
export const GENERAL_ESCALATE: readonly string[] = diagnoseMessages.en.ticket.general;

/** The general checklist in `locale`, with the fields read from its English items. */
export function generalChecklist(locale: Locale = "en"): { items: readonly string[]; fields: TicketField[][] } {
  return { items: diagnoseMessages[locale].ticket.general, fields: escalateFields(GENERAL_ESCALATE) };
}
