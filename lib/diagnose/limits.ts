/** The largest paste the diagnose page classifies: 5 MiB of characters, the classifier's own limit (a test checks they agree). */
export const MAX_PASTE_CHARS = 5 * 1024 * 1024;

/** The largest body POST /api/classify accepts, in bytes. */
export const MAX_API_BODY_BYTES = 1024 * 1024;
