/**
 * What the classifier reads of the catalogue, and nothing more: codes,
 * messages and variants with their statuses and causes, each cause's id and
 * signals, and which entries to suggest first for a bare HTTP status. The
 * build writes it to generated/classifier-data.json (toClassifierData), so
 * the diagnose page's worker and the API's worker threads load this small
 * file instead of the whole catalogue with every page's text.
 */
import type { Cause, DocumentedMessage, Entry, MessageVariant } from "../catalogue/schema";

/**
 * HTTP status (as written in JSON, "429") → the codes to suggest first when a
 * paste shows only that status, most likely first (content/status-preference.json).
 */
export type StatusPreference = Readonly<Record<string, readonly string[]>>;

/** One catalogue entry as the classifier sees it. */
export interface ClassifierEntry extends Pick<Entry, "code" | "slug" | "layer" | "order" | "httpStatus" | "statuses"> {
  messages: Pick<DocumentedMessage, "text" | "httpStatus" | "cause">[];
  variants: Pick<MessageVariant, "text" | "cause">[];
  causes: Pick<Cause, "id" | "signals">[];
}

export interface ClassifierData {
  entries: readonly ClassifierEntry[];
  statusPreference: StatusPreference;
}

/** The classifier's share of the catalogue: only the fields it reads, in the catalogue's order. */
export function toClassifierData(entries: readonly Entry[], statusPreference: StatusPreference): ClassifierData {
  return {
    entries: entries.map((e) => ({
      code: e.code,
      slug: e.slug,
      layer: e.layer,
      order: e.order,
      httpStatus: e.httpStatus,
      statuses: e.statuses,
      messages: e.messages.map(({ text, httpStatus, cause }) => (cause === undefined ? { text, httpStatus } : { text, httpStatus, cause })),
      variants: e.variants.map(({ text, cause }) => (cause === undefined ? { text } : { text, cause })),
      causes: e.causes.map(({ id, signals }) => ({ id, signals })),
    })),
    statusPreference,
  };
}
