/**
 * Which HTTP methods the production server hands to Next.js. Pages, assets and
 * /healthz are read-only (GET and HEAD); the API routes also get the methods
 * their handlers answer themselves (with a JSON 405 where unsupported). Anything
 * else (TRACE, TRACK, CONNECT, WebDAV verbs, made-up verbs) is answered 405 by
 * the server with the security headers, before Next sees it: left to Next, TRACE
 * on a route handler is a 500 and DELETE on a page returns the page.
 */

const READ_ONLY = "GET, HEAD";
const API_PASS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);

export type MethodVerdict = { ok: true } | { ok: false; allow: string };

/** What each path answers, for the `Allow` header of a 405 (the route handlers say the same). */
export function allowedMethods(route: string): string {
  if (route === "/api/classify" || route === "/api/classify/") return "POST";
  if (route === "/api" || route.startsWith("/api/")) return route.startsWith("/api/codes") ? READ_ONLY : "GET, HEAD, POST";
  return READ_ONLY;
}

/** `route` is the request's path without the base path and query. */
export function methodVerdict(method: string | undefined, route: string): MethodVerdict {
  const verb = method ?? "";
  if (verb === "GET" || verb === "HEAD") return { ok: true };
  const isApi = route === "/api" || route.startsWith("/api/");
  if (isApi && API_PASS.has(verb)) return { ok: true };
  return { ok: false, allow: allowedMethods(route) };
}

/** The JSON body of the server's own 405. */
export function methodNotAllowedBody(method: string, allow: string): string {
  const shown = method.length > 20 ? `${method.slice(0, 20)}…` : method;
  return JSON.stringify({
    error: "method_not_allowed",
    message: `${shown || "This method"} is not answered here. This address answers ${allow} only.`,
  });
}
