/**
 * The state a "Share" link carries in its URL fragment (never sent to a server):
 * the redacted paste, the cause chosen for each finding and the ticked steps.
 */

export interface SharedDiagnosis {
  /** The paste with secrets masked. */
  paste: string;
  /** Finding index → the cause id the reader chose (when it differs from the classifier's). */
  causes: Record<string, string>;
  /** Step keys ("<finding>:<cause>:<step>") that were ticked. */
  ticked: string[];
}

/** The longest paste a link carries; browsers and chat tools cut longer URLs. */
export const MAX_SHARED_PASTE_CHARS = 16_000;

const PREFIX = "d=";

function toBase64Url(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): Uint8Array {
  const base64 = text.replace(/-/g, "+").replace(/_/g, "/");
  const binary = atob(base64 + "=".repeat((4 - (base64.length % 4)) % 4));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** The fragment (without '#') for a diagnosis. The paste is cut to MAX_SHARED_PASTE_CHARS. */
export function encodeShare(state: SharedDiagnosis): { fragment: string; cut: boolean } {
  const cut = state.paste.length > MAX_SHARED_PASTE_CHARS;
  const payload = { v: 1, p: cut ? state.paste.slice(0, MAX_SHARED_PASTE_CHARS) : state.paste, c: state.causes, t: state.ticked };
  return { fragment: PREFIX + toBase64Url(new TextEncoder().encode(JSON.stringify(payload))), cut };
}

export type DecodedShare = { ok: true; state: SharedDiagnosis } | { ok: false; error: string } | { ok: false; error: null };

/** Reads a fragment back. `error: null` means the fragment holds no shared diagnosis at all. */
export function decodeShare(fragment: string): DecodedShare {
  const hash = fragment.replace(/^#/, "");
  if (!hash.startsWith(PREFIX)) return { ok: false, error: null };
  try {
    const json = new TextDecoder("utf-8", { fatal: true }).decode(fromBase64Url(hash.slice(PREFIX.length)));
    const data = JSON.parse(json) as { v?: unknown; p?: unknown; c?: unknown; t?: unknown };
    if (data.v !== 1 || typeof data.p !== "string") throw new Error("unexpected shape");
    const causes: Record<string, string> = {};
    if (data.c && typeof data.c === "object") {
      for (const [k, v] of Object.entries(data.c)) if (typeof v === "string") causes[k] = v;
    }
    const ticked = Array.isArray(data.t) ? data.t.filter((t): t is string => typeof t === "string") : [];
    return { ok: true, state: { paste: data.p, causes, ticked } };
  } catch {
    return {
      ok: false,
      error: "This shared link is damaged or cut short, so the diagnosis cannot be restored. Ask for the link again, or paste the error response below.",
    };
  }
}
