/** Which documented messages and variants point to which cause of an entry. */
import type { Cause, Entry } from "./schema";

/** The documented messages and variants whose text points to `causeId`, in the entry's order. */
export function messagesForCause(
  entry: Pick<Entry, "messages" | "variants">,
  causeId: string,
): { text: string; httpStatus: number | null }[] {
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
export function messageToCauseRows(
  entry: Pick<Entry, "messages" | "variants" | "causes">,
): { text: string; httpStatus: number | null; cause: Cause }[] {
  const rows = [
    ...entry.messages.map((m) => ({ text: m.text, httpStatus: m.httpStatus, causeId: m.cause })),
    ...entry.variants.map((v) => ({ text: v.text, httpStatus: null, causeId: v.cause })),
  ]
    .map(({ causeId, ...row }) => ({ ...row, cause: entry.causes.find((c) => c.id === causeId) }))
    .filter((row): row is { text: string; httpStatus: number | null; cause: Cause } => row.cause !== undefined);
  return new Set(rows.map((r) => r.cause.id)).size >= 2 ? rows : [];
}
