import { catalogueMessages } from "../i18n/messages/catalogue";
import type { Locale } from "../i18n/locales";
import { LAYER_FAMILY_PATTERN } from "./layers";
import type { Entry } from "./schema";

/** The status (or statuses) of an entry, as people read them. */
export function statusText(entry: Pick<Entry, "httpStatus" | "statuses">, locale: Locale = "en"): string {
  if (entry.statuses.length > 1) return entry.statuses.join(" / ");
  if (entry.httpStatus !== null) return String(entry.httpStatus);
  return entry.statuses[0] !== undefined ? String(entry.statuses[0]) : catalogueMessages[locale].statusUnknown;
}

/** The label used for an entry in lists: its code, or a fixed phrase when it has none. */
export function entryLabel(entry: Pick<Entry, "code">, locale: Locale = "en"): string {
  return entry.code ?? catalogueMessages[locale].noCode;
}

/**
 * The entry as Markdown, to paste into a ticket or a wiki, in the language of
 * the (already localized) entry. `pageUrl` is the absolute link to the code's page.
 */
export function entryToMarkdown(entry: Entry, pageUrl: string, locale: Locale = "en"): string {
  const m = catalogueMessages[locale];
  const md = m.markdown;
  const lines: string[] = [];
  lines.push(`## ${entryLabel(entry, locale)}: ${entry.message}`, "");
  lines.push(entry.summary, "");
  lines.push(`- ${md.layer}: ${m.layers[entry.layer].title} (${LAYER_FAMILY_PATTERN[entry.layer]})`);
  lines.push(`- ${md.httpStatus}: ${statusText(entry, locale)}`);
  lines.push(`- ${md.whoseFix}: ${m.fixOwner[entry.fixOwner]}`);
  lines.push(`- ${md.retry}: ${m.retryLine(m.retry[entry.retry.policy], entry.retry.detail)}`);
  lines.push(`- ${md.page}: ${pageUrl}`, "");
  for (const cause of entry.causes) {
    lines.push(`### ${md.cause}: ${cause.title}`, "", `${md.howToTell}: ${cause.tell}`, "");
    cause.steps.forEach((step, i) => {
      lines.push(`${i + 1}. ${step.action}`, `   - ${md.check}: ${step.check}`);
    });
    lines.push("");
  }
  if (entry.escalate.length > 0) {
    lines.push(`### ${md.ticket}`, "");
    for (const item of entry.escalate) lines.push(`- ${item}`);
    lines.push("");
  }
  lines.push(`${md.sources}: ` + entry.sources.map((s) => s.url).join(", "));
  return lines.join("\n");
}
