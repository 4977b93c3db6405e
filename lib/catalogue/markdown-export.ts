/** An entry, or one of its causes, as Markdown to paste into a ticket or a wiki ("Copy as Markdown", "Copy link"). */
import { catalogueMessages } from "../i18n/messages/catalogue";
import type { Locale } from "../i18n/locales";
import { messagesForCause } from "./cause-messages";
import { entryLabel, shortMessage, statusText } from "./labels";
import type { Cause, Entry } from "./schema";

/**
 * Where the page's absolute address (without fragment) goes in Markdown made on the
 * server; the copy buttons fill it in at click time. (Kept here, not in the client
 * component: a constant exported from a "use client" file is a client reference on the server.)
 */
export const PAGE_URL_PLACEHOLDER = "{{PAGE_URL}}";

/** Text that reads the same inside Markdown link text or a heading (brackets, emphasis and code marks escaped). */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>]/g, (c) => `\\${c}`);
}

/** An inline code span that survives backticks in the text. */
function codeSpan(text: string): string {
  const fence = text.includes("`") ? "``" : "`";
  return `${fence}${fence.length > 1 ? " " : ""}${text}${fence.length > 1 ? " " : ""}${fence}`;
}

/** `[APIG.0308: The throttling threshold has been reached](url)`: a link to the page for a ticket or a wiki. */
export function entryLinkMarkdown(entry: Pick<Entry, "code" | "message">, pageUrl: string, locale: Locale = "en"): string {
  return `[${escapeMarkdown(`${entryLabel(entry, locale)}: ${shortMessage(entry.message)}`)}](${pageUrl})`;
}

function causeLines(entry: Entry, cause: Cause, locale: Locale, heading: string): string[] {
  const md = catalogueMessages[locale].markdown;
  const lines = [heading, "", `${md.howToTell}: ${cause.tell}`, ""];
  const pointing = messagesForCause(entry, cause.id);
  if (pointing.length > 0) {
    lines.push(`${md.pointsHere}:`, "");
    for (const m of pointing) lines.push(`- ${codeSpan(m.text)}${m.httpStatus !== null ? ` (HTTP ${m.httpStatus})` : ""}`);
    lines.push("");
  }
  cause.steps.forEach((step, i) => {
    lines.push(`${i + 1}. ${step.action}`, `   - ${md.check}: ${step.check}`);
  });
  return lines;
}

/**
 * One cause as Markdown, on its own: its title, how to tell it, the messages that
 * point to it, its numbered steps with their checks and the link to its anchor.
 * In the language of the (already localized) entry; `pageUrl` is the page without a fragment.
 */
export function causeToMarkdown(entry: Entry, causeId: string, pageUrl: string, locale: Locale = "en"): string {
  const cause = entry.causes.find((c) => c.id === causeId);
  if (!cause) throw new Error(`${entry.slug} has no cause "${causeId}"`);
  const md = catalogueMessages[locale].markdown;
  const heading = `### ${escapeMarkdown(entryLabel(entry, locale))} · ${md.cause}: ${cause.title}`;
  return [...causeLines(entry, cause, locale, heading), "", `${md.page}: ${pageUrl}#cause-${cause.id}`].join("\n");
}

/** The status line of the Markdown export: the documented status, or "not documented" and what was seen in practice. */
function statusLine(entry: Entry, locale: Locale): string {
  const md = catalogueMessages[locale].markdown;
  const seen =
    entry.seenStatus && entry.statuses.length === 0 ? `${md.seenInPractice(entry.seenStatus.status, entry.seenStatus.source)}` : "";
  return `${statusText(entry, locale)}${seen}`;
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
  lines.push(`- ${md.layer}: ${m.layers[entry.layer].title}`);
  lines.push(`- ${md.httpStatus}: ${statusLine(entry, locale)}`);
  lines.push(`- ${md.whoseFix}: ${m.fixOwner[entry.fixOwner]}`);
  lines.push(`- ${md.retry}: ${m.retryLine(m.retry[entry.retry.policy], entry.retry.detail)}`);
  lines.push(`- ${md.page}: ${pageUrl}`, "");
  for (const cause of entry.causes) {
    lines.push(...causeLines(entry, cause, locale, `### ${md.cause}: ${cause.title}`), "");
  }
  if (entry.escalate.length > 0) {
    lines.push(`### ${md.ticket}`, "");
    for (const item of entry.escalate) lines.push(`- ${item}`);
    lines.push("");
  }
  lines.push(`### ${md.sources}`, "");
  for (const s of entry.sources) lines.push(`- ${s.url} — ${s.note}`);
  return lines.join("\n");
}
