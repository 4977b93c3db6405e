import { MAX_INPUT_CHARS } from "../classify/limits";

/** The largest paste the diagnose page classifies: the classifier's own limit (lib/classify/limits.ts). */
export const MAX_PASTE_CHARS = MAX_INPUT_CHARS;

/** The largest body POST /api/classify accepts, in bytes. */
export const MAX_API_BODY_BYTES = 1024 * 1024;

/**
 * How long one classification may take before it is given up: on the server
 * the worker thread is stopped and the client gets 503; on the diagnose page
 * the page says so and offers to stop. Far above what any real paste needs.
 */
export const CLASSIFY_BUDGET_MS = 5000;

/** The most bars the timeline draws; a longer span gets wider buckets. */
export const MAX_BUCKETS = 120;
