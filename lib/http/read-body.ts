/**
 * Reads a request body as text without holding more than `limit` bytes (a
 * larger body stops the read early), in the charset the request declares.
 *
 * The charset comes from the request's own `content-type` (`charset=` on any
 * type, text/plain and JSON alike); a byte-order mark at the start overrides it,
 * as browsers do. Without either the body is UTF-8. Anything that would come out
 * as garbage is refused instead, with a message saying what to send:
 *   - bytes that are not valid in the charset (no U+FFFD substitution);
 *   - `charset=utf-16` (or ucs-2, unicode) with no byte-order mark: the byte order is unknown;
 *   - a charset the server cannot decode;
 *   - text in which NUL characters are common (a tenth of the first characters or more), which is
 *     what UTF-16 sent without its charset looks like as UTF-8. A stray NUL in a paste is kept, as a
 *     JSON {"text": "...\u0000..."} body would keep it.
 * The caller answers such a refusal with 415 and the message.
 */

export type BodyRead =
  | { ok: true; text: string; charset: string }
  | { ok: false; reason: "too-large" | "unreadable" }
  | { ok: false; reason: "charset"; message: string };

export type Decoded = { ok: true; text: string; charset: string } | { ok: false; message: string };

const SEND_INSTEAD =
  "Send the paste as UTF-8 (content-type: text/plain; charset=utf-8), or declare the charset it is in (for example charset=utf-16le).";

/** Labels that mean UTF-16 without saying the byte order (the Encoding Standard reads them as little-endian). */
const UNORDERED_UTF16 = new Set(["utf-16", "utf16", "ucs-2", "unicode", "csunicode", "iso-10646-ucs-2", "unicodefeff"]);

/** The `charset` parameter of a content-type, lower case, without quotes; null when there is none. */
export function charsetOf(contentType: string | null | undefined): string | null {
  if (!contentType) return null;
  const parts = contentType.split(";");
  for (let i = 1; i < parts.length; i++) {
    const part = parts[i]!;
    const eq = part.indexOf("=");
    if (eq === -1 || part.slice(0, eq).trim().toLowerCase() !== "charset") continue;
    let value = part.slice(eq + 1).trim();
    if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1).trim();
    return value === "" ? null : value.toLowerCase();
  }
  return null;
}

function byteOrderMark(bytes: Uint8Array): { charset: string; length: number } | null {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { charset: "utf-8", length: 3 };
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { charset: "utf-16le", length: 2 };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { charset: "utf-16be", length: 2 };
  return null;
}

/** Decodes a body in its declared charset (null: none declared), or says why it cannot be read. */
export function decodeBody(bytes: Uint8Array, declared: string | null): Decoded {
  const bom = byteOrderMark(bytes);
  let label = bom?.charset ?? declared ?? "utf-8";
  if (!bom && UNORDERED_UTF16.has(label)) {
    if (bytes.length === 0) label = "utf-16le";
    else {
      return {
        ok: false,
        message:
          `The body is declared charset=${label} but does not start with a byte-order mark, so its byte order is unknown. ` +
          "Declare charset=utf-16le or charset=utf-16be, start the body with a byte-order mark, or send it as UTF-8.",
      };
    }
  }
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label, { fatal: true, ignoreBOM: true });
  } catch {
    return { ok: false, message: `The body's charset "${label.slice(0, 40)}" is not one this server can read. ${SEND_INSTEAD}` };
  }
  const nul = {
    ok: false as const,
    message: `The body read as ${decoder.encoding} contains NUL bytes, which is what UTF-16 text looks like when its charset is not declared. ${SEND_INSTEAD}`,
  };
  let text: string;
  try {
    text = decoder.decode(bom ? bytes.subarray(bom.length) : bytes);
  } catch {
    if (decoder.encoding === "utf-8" && bytes.includes(0)) return nul;
    return {
      ok: false,
      message: `The body is not valid ${decoder.encoding}${declared || bom ? "" : " (no charset was declared, so it was read as UTF-8)"}. ${SEND_INSTEAD}`,
    };
  }
  if (looksLikeUndeclaredUtf16(text)) return nul;
  return { ok: true, text, charset: decoder.encoding };
}

/** How much of the start of a body is sampled for NULs. */
const NUL_SAMPLE = 4096;

/** True when NULs make up a tenth or more of the body's first characters: UTF-16 read as UTF-8 has one in every two. */
function looksLikeUndeclaredUtf16(text: string): boolean {
  const end = Math.min(text.length, NUL_SAMPLE);
  let nuls = 0;
  for (let i = 0; i < end; i++) if (text.charCodeAt(i) === 0) nuls++;
  return nuls >= 2 && nuls * 10 >= end;
}

export async function readTextBody(request: Request, limit: number): Promise<BodyRead> {
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > limit) return { ok: false, reason: "too-large" };
  const charset = charsetOf(request.headers.get("content-type"));
  if (!request.body) return { ok: true, text: "", charset: charset ?? "utf-8" };

  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        await reader.cancel();
        return { ok: false, reason: "too-large" };
      }
      chunks.push(value);
    }
  } catch {
    return { ok: false, reason: "unreadable" };
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  const decoded = decodeBody(bytes, charset);
  return decoded.ok ? decoded : { ok: false, reason: "charset", message: decoded.message };
}
