/** How catalogue entries are named in lists, headings, links and exports: status, code and short message. */
import { catalogueMessages } from "../i18n/messages/catalogue";
import type { Locale } from "../i18n/locales";
import type { Entry } from "./schema";

/** The status (or statuses) of an entry, as people read them: "Not documented by Huawei" when no source gives one. */
export function statusText(entry: Pick<Entry, "httpStatus" | "statuses">, locale: Locale = "en"): string {
  if (entry.statuses.length > 1) return entry.statuses.join(" / ");
  if (entry.httpStatus !== null) return String(entry.httpStatus);
  return entry.statuses[0] !== undefined ? String(entry.statuses[0]) : catalogueMessages[locale].statusUnknown;
}

/**
 * How lists, headings and the Markdown export name an entry: its code, or for the
 * entry without one the phrase "No documented code" in `locale`. (The diagnose page
 * names that entry by its message instead: lib/diagnose/labels.ts.)
 */
export function entryLabel(entry: Pick<Entry, "code">, locale: Locale = "en"): string {
  return entry.code ?? catalogueMessages[locale].noCode;
}

const SHORT_MAX = 100;

/**
 * A message cut to what names the problem, for link text: up to its first ":"
 * (what follows is run-time detail such as "policy user over ratelimit,limit:XX")
 * or the end of its first sentence, without the closing period; at most 100 characters.
 */
export function shortMessage(message: string): string {
  const text = message.trim();
  const cuts = [text.indexOf(":"), text.search(/[.!?](?=\s|$)/)].filter((i) => i > 0);
  let short = (cuts.length > 0 ? text.slice(0, Math.min(...cuts)) : text).trim();
  if (short.length > SHORT_MAX) short = `${short.slice(0, SHORT_MAX - 1).trimEnd()}…`;
  return short || text;
}
