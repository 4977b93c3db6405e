/**
 * The classifier's limits, one constant each. No dependencies, so the diagnose
 * page (lib/diagnose/limits.ts) reads them without loading the classifier.
 */

/** The most text one call reads (5 MiB of characters); the rest is ignored and `truncated` is set. */
export const MAX_INPUT_CHARS = 5 * 1024 * 1024;

/**
 * The context window: the most characters of one error any reader looks at,
 * whether a message or field value (longer ones are cut to this), the stretch
 * around an XML error element, or the rest of a log record searched for its
 * time. It bounds the work per error, so a hostile paste stays linear.
 */
export const CONTEXT_WINDOW = 4000;

/** `text` cut to the context window. */
export function clipToWindow(text: string): string {
  return text.length > CONTEXT_WINDOW ? text.slice(0, CONTEXT_WINDOW) : text;
}
