import { catalogueMessages } from "../i18n/messages/catalogue";
import type { Locale } from "../i18n/locales";
import type { Cause, Entry } from "./schema";

/**
 * Where the page's absolute address (without fragment) goes in Markdown made on the
 * server; the copy buttons fill it in at click time. (Kept here, not in the client
 * component: a constant exported from a "use client" file is a client reference on the server.)
 */
export const PAGE_URL_PLACEHOLDER = "{{PAGE_URL}}";

/** The status (or statuses) of an entry, as people read them: "Not documented by Huawei" when no source gives one. */
export function statusText(entry: Pick<Entry, "httpStatus" | "statuses">, locale: Locale = "en"): string {
  if (entry.statuses.length > 1) return entry.statuses.join(" / ");
  if (entry.httpStatus !== null) return String(entry.httpStatus);
  return entry.statuses[0] !== undefined ? String(entry.statuses[0]) : catalogueMessages[locale].statusUnknown;
}

/** The label used for an entry in lists: its code, or a fixed phrase when it has none. */
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

/** The documented messages and variants whose text points to `causeId`, in the entry's order. */
export function messagesForCause(entry: Pick<Entry, "messages" | "variants">, causeId: string): { text: string; httpStatus: number | null }[] {
  return [
    ...entry.messages.filter((m) => m.cause === causeId).map((m) => ({ text: m.text, httpStatus: m.httpStatus })),
    ...entry.variants.filter((v) => v.cause === causeId).map((v) => ({ text: v.text, httpStatus: null })),
  ];
}

/**
 * The entries whose causes are told apart by the message: at least two different
 * causes named by documented messages or variants. Their pages open with a
 * "Which message do you have?" table.
 */
export function messageToCauseRows(entry: Pick<Entry, "messages" | "variants" | "causes">): { text: string; httpStatus: number | null; cause: Cause }[] {
  const rows = [
    ...entry.messages.map((m) => ({ text: m.text, httpStatus: m.httpStatus, causeId: m.cause })),
    ...entry.variants.map((v) => ({ text: v.text, httpStatus: null, causeId: v.cause })),
  ]
    .map(({ causeId, ...row }) => ({ ...row, cause: entry.causes.find((c) => c.id === causeId) }))
    .filter((row): row is { text: string; httpStatus: number | null; cause: Cause } => row.cause !== undefined);
  return new Set(rows.map((r) => r.cause.id)).size >= 2 ? rows : [];
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
  const seen = entry.seenStatus && entry.statuses.length === 0 ? `${md.seenInPractice(entry.seenStatus.status, entry.seenStatus.source)}` : "";
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
