/**
 * The static edition's Content-Security-Policy, written into each page as
 * `<meta http-equiv="Content-Security-Policy">` because a static host sends no
 * per-page header. The policy is the production server's (lib/http/security-headers.ts)
 * with the page's own inline scripts allowed by their SHA-256 hashes, and
 * without `frame-ancestors`, which browsers ignore in a meta tag (framing can
 * only be refused by a header: `frame-ancestors` or `X-Frame-Options`).
 *
 * Only Next.js's own inline scripts are allowed: its bootstrap line and its
 * payload chunks (`self.__next_f.push([1,"…"])`). A page with any other inline
 * script is refused, so nothing a build let slip into the HTML gets a hash.
 */
import { inlineScripts, isTurbopackBootstrap, scriptHash } from "../http/page-csp";
import { contentSecurityPolicy } from "../http/security-headers";

const FLIGHT_BOOTSTRAP = "(self.__next_f=self.__next_f||[]).push([0])";
const FLIGHT_PUSH_OPEN = "self.__next_f.push(";

/**
 * What a page rendered on request (the Chinese not-found page) adds: React's streaming runtime, which
 * reveals the parts that were streamed after the first bytes ($RB, $RV, $RC ...), and Next's line moving
 * icon links into the head. Allowed only when asked for (`streamed`), by these exact openings.
 */
const STREAMING_RUNTIME = [
  "requestAnimationFrame(function(){$RT=performance.now()});",
  'document.querySelectorAll(\'body link[rel="icon"], body link[rel="apple-touch-icon"]\').forEach(el => document.head.appendChild(el))',
];
const STREAMING_CALL = /^\$R[A-Z]\b|^\$R[A-Z]=/;

/** Why an inline script is not one of Next's payload scripts or Turbopack's chunk list (or, with `streamed`, React's streaming runtime), or null when it is. */
export function foreignScriptProblem(body: string, attributes: string, streamed = false): string | null {
  const where = `inline script ${JSON.stringify(body.slice(0, 60))}`;
  // Turbopack's chunk list (Next 16), in exactly the form the Node server allows (lib/http/page-csp.ts).
  if (isTurbopackBootstrap({ attributes, body })) return null;
  if (attributes !== "") return `${where} has attributes (${attributes.slice(0, 60)}); Next's own have none`;
  if (body === FLIGHT_BOOTSTRAP) return null;
  if (streamed && (STREAMING_RUNTIME.includes(body) || STREAMING_CALL.test(body))) return null;
  if (!body.startsWith(FLIGHT_PUSH_OPEN) || !body.endsWith(")")) return `${where} is not one of Next's payload scripts`;
  let item: unknown;
  try {
    item = JSON.parse(body.slice(FLIGHT_PUSH_OPEN.length, -1));
  } catch {
    return `${where} does not push a JSON value`;
  }
  if (!Array.isArray(item) || item.length !== 2 || item[0] !== 1 || typeof item[1] !== "string") {
    return `${where} pushes something other than a payload chunk`;
  }
  return null;
}

const WHITESPACE = new Set([" ", "\t", "\n", "\r", "\f"]);

/** ASCII letters in lower case, nothing else changed (so every index stays the same, unlike toLowerCase). */
function foldAscii(text: string): string {
  return text.replace(/[A-Z]/g, (c) => c.toLowerCase());
}

/** Where `word` (lower case) next occurs in `text` from `from`, ignoring ASCII case; -1 when it does not. */
function indexOfFolded(text: string, word: string, from: number): number {
  return foldAscii(text).indexOf(word, from);
}

/** A tag's text without its `nonce` attribute(s), read by hand (no regular expression to backtrack). */
function tagWithoutNonce(tag: string): string {
  let out = tag;
  let at = indexOfFolded(out, "nonce=", 0);
  while (at !== -1) {
    if (at === 0 || !WHITESPACE.has(out[at - 1]!)) {
      at = indexOfFolded(out, "nonce=", at + 6);
      continue;
    }
    let start = at;
    while (start > 0 && WHITESPACE.has(out[start - 1]!)) start--;
    let end = at + 6;
    const quote = out[end];
    if (quote === '"' || quote === "'") {
      const close = out.indexOf(quote, end + 1);
      end = close === -1 ? out.length : close + 1;
    } else {
      while (end < out.length && !WHITESPACE.has(out[end]!) && out[end] !== ">") end++;
    }
    out = out.slice(0, start) + out.slice(end);
    at = indexOfFolded(out, "nonce=", start);
  }
  return out;
}

/** Takes the `nonce="…"` off every script tag (a page rendered on request has one, which no static policy names). */
export function withoutScriptNonces(html: string): string {
  const lower = foldAscii(html);
  let out = "";
  let copied = 0;
  let at = lower.indexOf("<script", 0);
  while (at !== -1) {
    const next = html[at + 7];
    const end = html.indexOf(">", at + 7);
    if (end === -1) break;
    if (next === ">" || next === "/" || (next !== undefined && WHITESPACE.has(next))) {
      out += html.slice(copied, at) + tagWithoutNonce(html.slice(at, end + 1));
      copied = end + 1;
    }
    at = lower.indexOf("<script", end + 1);
  }
  return out + html.slice(copied);
}

/** The end (just past `>`) of the document's `<head …>` tag, or -1 when it has none. */
function headTagEnd(html: string): number {
  const lower = foldAscii(html);
  let at = lower.indexOf("<head", 0);
  while (at !== -1) {
    const next = html[at + 5];
    if (next === ">" || (next !== undefined && WHITESPACE.has(next))) {
      const end = html.indexOf(">", at + 5);
      return end === -1 ? -1 : end + 1;
    }
    at = lower.indexOf("<head", at + 5);
  }
  return -1;
}

/** The policy for a page whose inline scripts have these hashes: the server's, less `frame-ancestors`. */
export function staticPagePolicy(hashes: readonly string[]): string {
  return contentSecurityPolicy({ frameAncestors: [], scriptSources: hashes })
    .split("; ")
    .filter((directive) => !directive.startsWith("frame-ancestors"))
    .join("; ");
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export type MetaCspResult = { ok: true; html: string; hashes: string[] } | { ok: false; problem: string };

/**
 * The page with its policy in a meta tag, placed right after `<meta charset>` (which must stay within the
 * first 1024 bytes) and so before every script. Nonces are taken off first. `streamed`: the page was rendered
 * on request and may hold React's streaming runtime.
 */
export function withMetaCsp(html: string, { streamed = false }: { streamed?: boolean } = {}): MetaCspResult {
  const clean = withoutScriptNonces(html);
  if (/<meta\s+http-equiv=["']?content-security-policy/i.test(clean)) return { ok: false, problem: "the page already has a CSP meta tag" };
  const hashes: string[] = [];
  for (const script of inlineScripts(clean)) {
    const problem = foreignScriptProblem(script.body, script.attributes, streamed);
    if (problem) return { ok: false, problem };
    const hash = scriptHash(script.body);
    if (!hashes.includes(hash)) hashes.push(hash);
  }
  const meta = `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(staticPagePolicy(hashes))}"/>`;
  const charset = /<meta\s+charset=["']?[^"'>\s]+["']?\s*\/?>/i.exec(clean);
  const at = charset ? charset.index + charset[0].length : headTagEnd(clean);
  if (at === -1) return { ok: false, problem: "the page has no <head>" };
  const firstScript = foldAscii(clean).indexOf("<script");
  if (firstScript !== -1 && firstScript < at) return { ok: false, problem: "a script comes before <meta charset>" };
  return { ok: true, html: clean.slice(0, at) + meta + clean.slice(at), hashes };
}
