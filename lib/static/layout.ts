/**
 * Where each address of the desk lives in the static edition's folder (`npm run build:static`).
 *
 * Pages are `<address>/index.html` (the home page `index.html`): a plain static server answers
 * `/codes/APIG.0308` with it (directly, or after a redirect to `/codes/APIG.0308/`), nginx with
 * `try_files $uri $uri.html $uri/index.html`, and object storage website hosting with its index document.
 * A code's dot is inside a folder name, so no server takes ".0308" for a file type.
 *
 * The JSON API becomes files: `/api/codes` → `api/codes.json`, `/api/codes/<CODE>` → `api/codes/<CODE>.json`,
 * and the `?lang=zh` answers `api/zh/codes.json` and `api/zh/codes/<CODE>.json`.
 */
import type { Locale } from "../i18n/locales";

/** The file of a page route ("/", "/codes/APIG.0308", "/zh/diagnose"), relative to the static folder. */
export function pageFile(route: string): string {
  let start = 0;
  let end = route.length;
  while (start < end && route[start] === "/") start++;
  while (end > start && route[end - 1] === "/") end--;
  const trimmed = route.slice(start, end);
  if (trimmed === "") return "index.html";
  const segments = trimmed.split("/");
  if (segments.some((s) => s === "" || s === "." || s === ".." || s.includes("\\"))) {
    throw new Error(`pageFile: "${route}" cannot be a folder name`);
  }
  return `${trimmed}/index.html`;
}

function apiPrefix(locale: Locale): string {
  return locale === "zh" ? "api/zh" : "api";
}

/** The list of every entry, as `GET /api/codes` (English) or `GET /api/codes?lang=zh` answers it. */
export function codeListFile(locale: Locale): string {
  return `${apiPrefix(locale)}/codes.json`;
}

/** One entry, as `GET /api/codes/<slug>` (or with `?lang=zh`) answers it. */
export function codeEntryFile(slug: string, locale: Locale): string {
  if (slug === "" || slug === "." || slug === ".." || /[/\\]/.test(slug)) throw new Error(`codeEntryFile: "${slug}" cannot be a file name`);
  return `${apiPrefix(locale)}/codes/${slug}.json`;
}

/** The not-found page: `404.html` for every address, `zh/404.html` for the Chinese part where a host allows one per folder. */
export function notFoundFile(locale: Locale): string {
  return locale === "zh" ? "zh/404.html" : "404.html";
}
