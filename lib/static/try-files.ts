/**
 * How a plain static host maps an address to a file of the static edition
 * (`npm run build:static`), the way nginx does with
 *
 *   try_files $uri $uri.html $uri/index.html =404;
 *   error_page 404 /404.html;          # and /zh/404.html under /zh/
 *
 * Pure functions, shared by the directory server (scripts/static-dir-server.ts)
 * and its tests. Paths returned are relative to the static folder, with "/"
 * separators and never a ".." segment.
 */

/** The address without the base path ("/" for the base path itself), or null when it is outside it. */
export function stripBasePath(pathname: string, basePath: string): string | null {
  if (basePath === "") return pathname;
  if (pathname === basePath) return "/";
  return pathname.startsWith(`${basePath}/`) ? pathname.slice(basePath.length) : null;
}

/** The percent-decoded path segments of an address, or null when one cannot name a file (broken escape, "..", "\", NUL). */
function safeSegments(pathname: string): string[] | null {
  const segments: string[] = [];
  for (const raw of pathname.split("/")) {
    if (raw === "") continue;
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (segment === "." || segment === ".." || segment.includes("/") || segment.includes("\\") || segment.includes("\0")) return null;
    segments.push(segment);
  }
  return segments;
}

/**
 * The files to try for an address, in order: the file itself, then `<path>.html`, then `<path>/index.html`
 * (an address ending in "/" tries only its index.html, as nginx's `$uri` then names a folder). An empty list
 * when the address is outside the base path or cannot name a file: the host answers 404.
 */
export function fileCandidates(pathname: string, basePath = ""): string[] {
  const inside = stripBasePath(pathname, basePath);
  if (inside === null) return [];
  const segments = safeSegments(inside);
  if (segments === null) return [];
  if (segments.length === 0) return ["index.html"];
  const joined = segments.join("/");
  if (inside.endsWith("/")) return [`${joined}/index.html`];
  return [joined, `${joined}.html`, `${joined}/index.html`];
}

/**
 * The not-found documents to answer an address with, first that exists wins: `zh/404.html` for an address
 * under `/zh/` (the Chinese one), then `404.html`. Both answer with status 404.
 */
export function notFoundCandidates(pathname: string, basePath = ""): string[] {
  const inside = stripBasePath(pathname, basePath);
  if (inside !== null && (inside === "/zh" || inside.startsWith("/zh/"))) return ["zh/404.html", "404.html"];
  return ["404.html"];
}
