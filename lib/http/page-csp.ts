/**
 * A Content-Security-Policy per HTML page without 'unsafe-inline'.
 *
 * Next.js puts a page's React Server Components payload in inline scripts
 * (`self.__next_f.push([1,"…"])`), so a policy of `script-src 'self'` alone
 * stops every page from hydrating. Instead:
 *
 * - **Static pages** (the home page, every code page, /diagnose, the 404 page)
 *   keep their prerendered HTML. When the server starts, it reads each page's
 *   HTML from the build and allows exactly its inline scripts by their SHA-256
 *   hashes, after checking that they are Next's own: the bootstrap line, the
 *   Turbopack line that lists the page's script chunks (builds made with
 *   Turbopack, Next 16's default), and payload chunks that, joined, are byte
 *   for byte the page's `.rsc` payload from the same build. A page with any
 *   other inline script gets no hashes at
 *   all (and the server says so when it starts), so nothing a build let slip
 *   into the HTML can run.
 * - **Pages rendered on request** (the unknown-code page) get a fresh nonce per
 *   response: the server puts it in the request's `content-security-policy`
 *   header, where Next reads it and sets it on the scripts it renders.
 *
 * Event-handler attributes and `javascript:` URLs are never allowed (no
 * 'unsafe-inline', no 'unsafe-hashes').
 */
import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

export interface InlineScript {
  /** What stands between `<script` and `>`, trimmed. */
  attributes: string;
  body: string;
}

const FLIGHT_BOOTSTRAP = "(self.__next_f=self.__next_f||[]).push([0])";
const FLIGHT_PUSH_OPEN = "self.__next_f.push(";
/**
 * A Turbopack build's pages carry one more inline script (React's bootstrap
 * script, with this id): it hands Turbopack's runtime the page's chunks and the
 * modules to start, `(globalThis["TURBOPACK"] || …).push({"otherChunks":[…],"runtimeModuleIds":[…]});`.
 */
const TURBOPACK_ATTRIBUTES = 'id="_R_"';
const TURBOPACK_PUSH_OPEN = '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push(';
const TURBOPACK_PUSH_CLOSE = ");";
/** A chunk as Turbopack names it, under the build's static folder (served from 'self'). */
const TURBOPACK_CHUNK = /^static\/chunks\/[A-Za-z0-9_.-]+\.js$/;

function startsWithIgnoreCase(text: string, at: number, word: string): boolean {
  if (at + word.length > text.length) return false;
  for (let i = 0; i < word.length; i++) {
    const c = text.charCodeAt(at + i);
    // ASCII letters only: fold upper case to lower case.
    const folded = c >= 65 && c <= 90 ? c + 32 : c;
    if (folded !== word.charCodeAt(i)) return false;
  }
  return true;
}

function indexOfIgnoreCase(text: string, word: string, from: number): number {
  const first = word.charCodeAt(0);
  const firstUpper = first >= 97 && first <= 122 ? first - 32 : first;
  for (let i = from; i <= text.length - word.length; i++) {
    const c = text.charCodeAt(i);
    if ((c === first || c === firstUpper) && startsWithIgnoreCase(text, i, word)) return i;
  }
  return -1;
}

/** Whether an attribute list names a `src` (an external script, which 'self' governs). */
function hasSrc(attributes: string): boolean {
  let at = indexOfIgnoreCase(attributes, "src", 0);
  while (at !== -1) {
    const before = at === 0 ? " " : attributes[at - 1];
    let after = at + 3;
    while (after < attributes.length && (attributes[after] === " " || attributes[after] === "\t" || attributes[after] === "\n")) after++;
    if ((before === " " || before === "\t" || before === "\n") && attributes[after] === "=") return true;
    at = indexOfIgnoreCase(attributes, "src", at + 3);
  }
  return false;
}

/** The inline scripts of an HTML document (scripts with a `src` are left out), in document order. */
export function inlineScripts(html: string): InlineScript[] {
  const scripts: InlineScript[] = [];
  let at = indexOfIgnoreCase(html, "<script", 0);
  while (at !== -1) {
    const next = html[at + 7];
    if (next !== ">" && next !== " " && next !== "\t" && next !== "\n" && next !== "/") {
      at = indexOfIgnoreCase(html, "<script", at + 7);
      continue;
    }
    const tagEnd = html.indexOf(">", at + 7);
    if (tagEnd === -1) break;
    const close = indexOfIgnoreCase(html, "</script", tagEnd + 1);
    if (close === -1) break;
    const attributes = html.slice(at + 7, tagEnd).trim();
    if (!hasSrc(attributes)) scripts.push({ attributes, body: html.slice(tagEnd + 1, close) });
    at = indexOfIgnoreCase(html, "<script", close + 8);
  }
  return scripts;
}

/** A CSP source for a script body: `'sha256-<base64>'`, as browsers compute it over the UTF-8 bytes. */
export function scriptHash(body: string): string {
  return `'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`;
}

export type PageScripts = { ok: true; hashes: string[] } | { ok: false; problem: string };

/**
 * Whether a script is Turbopack's chunk list and nothing else: that exact
 * wrapper around a JSON object with only a list of chunk file names and a list
 * of module ids. It loads no script that 'self' would not allow anyway.
 */
export function isTurbopackBootstrap(script: InlineScript): boolean {
  const { attributes, body } = script;
  if (attributes !== TURBOPACK_ATTRIBUTES || !body.startsWith(TURBOPACK_PUSH_OPEN) || !body.endsWith(TURBOPACK_PUSH_CLOSE)) return false;
  let value: unknown;
  try {
    value = JSON.parse(body.slice(TURBOPACK_PUSH_OPEN.length, -TURBOPACK_PUSH_CLOSE.length));
  } catch {
    return false;
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value).sort();
  if (keys.length !== 2 || keys[0] !== "otherChunks" || keys[1] !== "runtimeModuleIds") return false;
  const { otherChunks, runtimeModuleIds } = value as Record<string, unknown>;
  return (
    Array.isArray(otherChunks) &&
    otherChunks.every((chunk) => typeof chunk === "string" && TURBOPACK_CHUNK.test(chunk)) &&
    Array.isArray(runtimeModuleIds) &&
    runtimeModuleIds.every((id) => Number.isSafeInteger(id) && id >= 0)
  );
}

/**
 * Checks that a prerendered page's inline scripts are only Next's own and
 * returns their hashes. `rsc` is the page's RSC payload from the same build
 * (`<page>.rsc`); the payload chunks in the HTML must add up to exactly it.
 */
export function nextPageScriptHashes(html: string, rsc: string | null): PageScripts {
  const hashes: string[] = [];
  let payload = "";
  let turbopack = false;
  for (const script of inlineScripts(html)) {
    const where = `inline script ${JSON.stringify(script.body.slice(0, 60))}`;
    if (!turbopack && isTurbopackBootstrap(script)) {
      // At most one: a page has one bootstrap script.
      turbopack = true;
      hashes.push(scriptHash(script.body));
      continue;
    }
    if (script.attributes !== "")
      return { ok: false, problem: `${where} has attributes (${script.attributes.slice(0, 60)}); Next's own have none` };
    if (script.body !== FLIGHT_BOOTSTRAP) {
      if (!script.body.startsWith(FLIGHT_PUSH_OPEN) || !script.body.endsWith(")")) {
        return { ok: false, problem: `${where} is not one of Next's payload scripts` };
      }
      let item: unknown;
      try {
        item = JSON.parse(script.body.slice(FLIGHT_PUSH_OPEN.length, -1));
      } catch {
        return { ok: false, problem: `${where} does not push a JSON value` };
      }
      if (!Array.isArray(item) || item.length !== 2 || item[0] !== 1 || typeof item[1] !== "string") {
        return { ok: false, problem: `${where} pushes something other than a payload chunk` };
      }
      payload += item[1];
    }
    const hash = scriptHash(script.body);
    if (!hashes.includes(hash)) hashes.push(hash);
  }
  if (rsc === null) return { ok: false, problem: "the build has no .rsc payload to check the inline scripts against" };
  if (payload !== rsc) return { ok: false, problem: "the payload in the inline scripts differs from the page's .rsc payload" };
  return { ok: true, hashes };
}

/** A fresh nonce for one response (128 random bits). */
export function newNonce(): string {
  return randomBytes(16).toString("base64");
}

export interface PageScriptTable {
  /** `script-src` sources (hashes) for the static page served at `route` (no base path), or the 404 page's. */
  sourcesFor(route: string): readonly string[];
  /** Pages whose scripts were refused, with why: they are served with no inline script allowed. */
  problems: string[];
  /** How many static pages have their hashes. */
  pages: number;
}

function readOrNull(file: string): string | null {
  try {
    return fs.readFileSync(file, "utf8");
  } catch {
    return null;
  }
}

/** The route a request path names: no trailing slash, percent-decoded when that is valid. */
export function routeOf(pathname: string): string {
  let route = pathname.length > 1 && pathname.endsWith("/") ? pathname.slice(0, -1) : pathname;
  try {
    route = decodeURIComponent(route);
  } catch {
    // Left as sent: no static page has such a name, so the 404 page's sources apply.
  }
  return route || "/";
}

/**
 * Reads every prerendered HTML page of the build in `distDir` (the routes of
 * its prerender-manifest.json) and hashes its inline scripts.
 */
export function loadPageScriptTable(distDir: string): PageScriptTable {
  const manifest = JSON.parse(fs.readFileSync(path.join(distDir, "prerender-manifest.json"), "utf8")) as {
    routes?: Record<string, unknown>;
  };
  const byRoute = new Map<string, readonly string[]>();
  const problems: string[] = [];
  for (const route of Object.keys(manifest.routes ?? {})) {
    const base = path.join(distDir, "server", "app", route === "/" ? "index" : route.slice(1));
    const html = readOrNull(`${base}.html`);
    if (html === null) continue; // a route handler or an image, not a page
    const result = nextPageScriptHashes(html, readOrNull(`${base}.rsc`));
    if (result.ok) byRoute.set(route, result.hashes);
    else {
      problems.push(`${route}: ${result.problem}`);
      byRoute.set(route, []);
    }
  }
  const notFound = byRoute.get("/_not-found") ?? [];
  return {
    sourcesFor: (route) => byRoute.get(route) ?? notFound,
    problems,
    pages: [...byRoute.values()].filter((h) => h.length > 0).length,
  };
}
