/**
 * What a code page address (`/codes/<something>`, `/zh/codes/<something>`) should become when a static
 * host could not answer it and served its not-found page instead: the browser-side twin of proxy.ts
 * for the static edition (`npm run build:static`). Another spelling of a known code is sent to its page in
 * the same language; anything else is an unknown code, for which the page lists the closest codes.
 */
import { localePath, splitLocale, type Locale } from "../i18n/locales";
import { resolveCodePath } from "./resolve";

export type CodeAddress =
  /** Another spelling: replace the address with `to` (base path included). */
  | { kind: "redirect"; to: string; locale: Locale }
  /** The code's own page, which this host did not find: link to it (`to`, base path included), never loop. */
  | { kind: "page"; to: string; locale: Locale }
  | { kind: "unknown"; requested: string; locale: Locale };

/**
 * Reads a browser address (pathname, still percent-encoded) under `basePath`. Null when it is not a code page
 * address: outside the base path, not under /codes/, no code, or more than one segment.
 */
export function readCodeAddress(pathname: string, basePath: string, slugs: readonly string[]): CodeAddress | null {
  let inside: string;
  if (basePath === "") inside = pathname;
  else if (pathname.startsWith(`${basePath}/`)) inside = pathname.slice(basePath.length);
  else return null;
  const { locale, path } = splitLocale(inside);
  if (!path.startsWith("/codes/")) return null;
  let segment = path.slice("/codes/".length);
  while (segment.endsWith("/")) segment = segment.slice(0, -1);
  if (!segment || segment.includes("/")) return null;
  const resolution = resolveCodePath(segment, slugs);
  if (resolution.kind === "unknown") return { kind: "unknown", requested: resolution.requested.slice(0, 80), locale };
  const to = `${basePath}${localePath(locale, `/codes/${encodeURIComponent(resolution.slug)}`)}`;
  return { kind: resolution.kind, to, locale };
}
