/**
 * Which link targets the app puts in a page: http:, https:, mailto: and
 * relative URLs (paths, ?queries, #anchors). Every other scheme (javascript:,
 * data:, vbscript:, file:, ftp:, ...) is refused, in every disguise a browser
 * would still read as that scheme: any case, leading spaces or control
 * characters, tabs or newlines inside, HTML character references
 * (`&#106;avascript:`, `javascript&colon;`) and percent-encoding.
 *
 * The same verdict decides what the build rejects (links.ts) and what the
 * renderer emits (render-markdown.ts), so what is checked is what reaches the page.
 */

const ALLOWED_SCHEMES: readonly string[] = ["http", "https", "mailto"];

/** How the rule reads in error messages and the docs. */
export const ALLOWED_LINKS_TEXT = "http:, https:, mailto: or a relative link (a path, ?query or #anchor)";

export type UrlVerdict =
  /** `url` is the target as a browser reads it: what to write (HTML-escaped) into the attribute. */
  | { ok: true; url: string }
  /** `reason` says why, for a person: 'the scheme "javascript:" is not allowed'. */
  | { ok: false; reason: string };

// The named character references that can spell a URL's scheme or separators.
// Any other name is left as written; the renderer then escapes its "&", so the
// browser reads it as the literal text the check saw.
const NAMED_REFERENCES: Record<string, string> = {
  amp: "&",
  AMP: "&",
  lt: "<",
  LT: "<",
  gt: ">",
  GT: ">",
  quot: '"',
  QUOT: '"',
  apos: "'",
  colon: ":",
  Tab: "\t",
  NewLine: "\n",
  nbsp: "\u00a0",
  sol: "/",
  bsol: "\\",
  num: "#",
  quest: "?",
  percnt: "%",
  period: ".",
  comma: ",",
  semi: ";",
  excl: "!",
  lpar: "(",
  rpar: ")",
  equals: "=",
  plus: "+",
  commat: "@",
  lowbar: "_",
};

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function isHexDigit(code: number): boolean {
  return isDigit(code) || (code >= 0x41 && code <= 0x46) || (code >= 0x61 && code <= 0x66);
}

function isAsciiAlphanumeric(code: number): boolean {
  return isDigit(code) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/** Reads one character reference at `at` (which holds "&"): its text and length, or length 0 when there is none. */
function readReference(text: string, at: number): { value: string; length: number } {
  let i = at + 1;
  if (text[i] === "#") {
    i++;
    const hex = text[i] === "x" || text[i] === "X";
    if (hex) i++;
    const digitsStart = i;
    let value = 0;
    while (i < text.length && (hex ? isHexDigit(text.charCodeAt(i)) : isDigit(text.charCodeAt(i)))) {
      // Browsers keep reading digits past the largest code point; so does this, without overflowing.
      value = Math.min(value * (hex ? 16 : 10) + Number.parseInt(text[i]!, 16), 0x110000);
      i++;
    }
    if (i === digitsStart) return { value: "", length: 0 };
    // Like a browser, a numeric reference counts without its ";" too (&#106avascript:).
    if (text[i] === ";") i++;
    const valid = value > 0 && value <= 0x10ffff && (value < 0xd800 || value > 0xdfff);
    return { value: valid ? String.fromCodePoint(value) : "\ufffd", length: i - at };
  }
  while (i < text.length && i - at <= 32 && isAsciiAlphanumeric(text.charCodeAt(i))) i++;
  const name = text.slice(at + 1, i);
  if (text[i] !== ";" || !Object.hasOwn(NAMED_REFERENCES, name)) return { value: "", length: 0 };
  return { value: NAMED_REFERENCES[name]!, length: i + 1 - at };
}

/** Decodes HTML character references the way a browser does in an attribute value (for the names that matter to a URL). */
function decodeCharacterReferences(text: string): string {
  if (!text.includes("&")) return text;
  let out = "";
  let i = 0;
  while (i < text.length) {
    const amp = text.indexOf("&", i);
    if (amp < 0) {
      out += text.slice(i);
      break;
    }
    out += text.slice(i, amp);
    const reference = readReference(text, amp);
    if (reference.length === 0) {
      out += "&";
      i = amp + 1;
    } else {
      out += reference.value;
      i = amp + reference.length;
    }
  }
  return out;
}

/** What the URL parser does first: drop leading and trailing C0 controls and spaces, and every tab and newline. */
function stripLikeUrlParser(url: string): string {
  let start = 0;
  let end = url.length;
  while (start < end && url.charCodeAt(start) <= 0x20) start++;
  while (end > start && url.charCodeAt(end - 1) <= 0x20) end--;
  let out = "";
  for (let i = start; i < end; i++) {
    const ch = url[i];
    if (ch !== "\t" && ch !== "\n" && ch !== "\r") out += ch;
  }
  return out;
}

/** The first control character (C0, DEL or C1) in `text`, as U+XXXX, or null. */
export function firstControlCharacter(text: string, allowWhitespace = false): string | null {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (allowWhitespace && (code === 0x09 || code === 0x0a || code === 0x0d)) continue;
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
  }
  return null;
}

/** The part of a URL before its first "/", "?" or "#": where a scheme would be. */
function headOf(url: string): string {
  let end = url.length;
  for (const separator of ["/", "?", "#"]) {
    const at = url.indexOf(separator);
    if (at >= 0 && at < end) end = at;
  }
  return url.slice(0, end);
}

/**
 * The scheme a URL names ("javascript" for " JaVa&#83;cript:x"), as written but
 * lower-cased, or null for a relative URL.
 */
export function schemeOf(raw: string, literal = false): string | null {
  const url = stripLikeUrlParser(literal ? raw : decodeCharacterReferences(raw));
  const head = headOf(url);
  const colon = head.indexOf(":");
  return colon < 0 ? null : head.slice(0, colon).toLowerCase();
}

/**
 * Decides whether a link target may appear in a page. `literal` is for targets
 * in which character references are not resolved (Markdown autolinks).
 */
export function checkUrl(raw: string, literal = false): UrlVerdict {
  const url = stripLikeUrlParser(literal ? raw : decodeCharacterReferences(raw));
  const control = firstControlCharacter(url);
  if (control) return { ok: false, reason: `it contains the control character ${control}` };
  const head = headOf(url);
  const colon = head.indexOf(":");
  if (colon < 0) {
    // A relative URL, unless a percent-encoded colon makes it read as a scheme once decoded.
    if (head.toLowerCase().includes("%3a")) {
      return { ok: false, reason: "it hides a scheme behind a percent-encoded colon (%3A); write ./ before a relative path" };
    }
    return { ok: true, url };
  }
  const scheme = head.slice(0, colon);
  if (ALLOWED_SCHEMES.includes(scheme.toLowerCase())) return { ok: true, url };
  return { ok: false, reason: `the scheme ${JSON.stringify(`${scheme}:`)} is not allowed` };
}

/**
 * The URL to write into an href or src attribute (before HTML escaping), or
 * null when it must not be written: spaces and non-ASCII characters
 * percent-encoded as marked does, existing %XX escapes kept.
 */
export function safeAttributeUrl(raw: string, literal = false): string | null {
  const verdict = checkUrl(raw, literal);
  if (!verdict.ok) return null;
  try {
    return encodeURI(verdict.url).replaceAll("%25", "%");
  } catch {
    // A lone surrogate cannot be encoded; such a link is dropped.
    return null;
  }
}
