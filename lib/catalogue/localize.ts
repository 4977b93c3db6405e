import type { Locale } from "../i18n/locales";
import type { Entry } from "./schema";

/**
 * The entry as a reader of `locale` sees it: every text a person reads swapped
 * for that language's (summary, status note, retry advice, variant notes,
 * causes and steps, ticket items, "what went wrong"). Facts stay as they are:
 * codes, documented messages, statuses, signals, sources. English, or an entry
 * without the language's text, comes back unchanged.
 */
export function localizeEntry<E extends Entry>(entry: E, locale: Locale): E {
  const text = locale === "zh" ? entry.zh : undefined;
  if (!text) return entry;
  return {
    ...entry,
    summary: text.summary,
    ...(text.httpStatusNote ? { httpStatusNote: text.httpStatusNote } : {}),
    retry: { ...entry.retry, detail: text.retryDetail },
    variants: entry.variants.map((v, i) => ({ ...v, note: text.variantNotes[i] ?? v.note })),
    causes: entry.causes.map((cause, i) => {
      const zh = text.causes[i];
      if (!zh) return cause;
      return {
        ...cause,
        title: zh.title,
        tell: zh.tell,
        steps: cause.steps.map((step, j) => ({ ...step, ...(zh.steps[j] ?? {}) })),
      };
    }),
    escalate: text.escalate.length === entry.escalate.length ? text.escalate : entry.escalate,
    body: text.body,
  };
}
