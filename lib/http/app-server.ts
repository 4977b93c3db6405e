/**
 * The production server's http server, in front of Next.js's request handler
 * (scripts/server.ts starts it). What it adds to Next.js:
 *
 * - limits on slow and idle clients (lib/http/server-limits.ts), so a client
 *   that sends a body a byte at a time is cut off and a few of them cannot hold
 *   the server;
 * - each HTML page's Content-Security-Policy without 'unsafe-inline': the
 *   hashes of a static page's own scripts, and a nonce per response for pages
 *   rendered on request (lib/http/page-csp.ts);
 * - 405 with the security headers for TRACE, CONNECT and any other method a
 *   path does not answer (lib/http/methods.ts), and JSON errors with the
 *   security headers for requests Node cannot parse or that time out;
 * - the security headers on every response, Next's own error pages included,
 *   and a Location that is always a path on the client's own host;
 * - a 404 status for the unknown-code page, which Next renders as a normal
 *   page so that it is whole HTML (lib/http/page-status.ts).
 */
import http from "node:http";
import type { Socket } from "node:net";
import { methodNotAllowedBody, methodVerdict } from "./methods";
import { newNonce, routeOf, type PageScriptTable } from "./page-csp";
import { PAGE_STATUS_HEADER, pageStatusFrom } from "./page-status";
import { clientErrorAnswer, rawClientError, rawJsonResponse } from "./raw-response";
import { relativeLocation, relativeRefresh } from "./redirect";
import { contentSecurityPolicy, securityHeaders, type Header } from "./security-headers";
import type { ServerLimits } from "./server-limits";

export type RequestHandler = (req: http.IncomingMessage, res: http.ServerResponse) => Promise<void>;

export interface AppServerOptions {
  /** Next's request handler (or a stand-in in tests). */
  handle: RequestHandler;
  /** The build's base path ("" for none) and frame ancestors. */
  basePath: string;
  frameAncestors: string[];
  /** Script hashes of the build's static pages. */
  pages: Pick<PageScriptTable, "sourcesFor">;
  limits: ServerLimits;
  log?: (message: string) => void;
}

/** The request path without the base path, or null when it is outside it. */
function withinBasePath(pathname: string, basePath: string): string | null {
  if (basePath === "") return pathname;
  if (pathname === basePath) return "/";
  return pathname.startsWith(`${basePath}/`) ? pathname.slice(basePath.length) : null;
}

function validPercentEncoding(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

function isApi(route: string): boolean {
  return route === "/api" || route.startsWith("/api/");
}

function sendJson(res: http.ServerResponse, status: number, body: string, extra: Record<string, string> = {}): void {
  res.statusCode = status;
  res.setHeader("Content-Type", "application/json; charset=utf-8");
  res.setHeader("Cache-Control", "no-store");
  for (const [key, value] of Object.entries(extra)) res.setHeader(key, value);
  res.end(body);
}

/**
 * Wraps `res.writeHead` (which Node also calls for implicit headers) so the
 * headers are fixed just before they are sent, whatever Next set: the security
 * headers, the page's CSP on HTML, and a relative Location.
 */
function fixHeadersBeforeSending(res: http.ServerResponse, baseHeaders: readonly Header[], htmlCsp: () => string): void {
  const original = res.writeHead as (this: http.ServerResponse, statusCode: number, statusMessage?: string) => http.ServerResponse;
  const patched = function (this: http.ServerResponse, statusCode: number, ...rest: unknown[]) {
    let statusMessage: string | undefined;
    let headers: unknown;
    if (typeof rest[0] === "string") {
      statusMessage = rest[0];
      headers = rest[1];
    } else {
      headers = rest[0];
    }
    if (!res.headersSent) {
      // Headers given to writeHead would win over setHeader; fold them in first so the fixes below apply to them too.
      if (Array.isArray(headers)) {
        if (headers.length > 0 && Array.isArray(headers[0])) {
          for (const [key, value] of headers as [string, string][]) res.appendHeader(key, value);
        } else {
          for (let i = 0; i + 1 < headers.length; i += 2) res.appendHeader(String(headers[i]), String(headers[i + 1]));
        }
      } else if (headers && typeof headers === "object") {
        for (const [key, value] of Object.entries(headers as Record<string, string | string[] | number | undefined>)) {
          if (value !== undefined) res.setHeader(key, value);
        }
      }
      for (const { key, value } of baseHeaders) if (!res.hasHeader(key)) res.setHeader(key, value);
      const type = String(res.getHeader("content-type") ?? "").toLowerCase();
      const pageStatus = pageStatusFrom(res.getHeader(PAGE_STATUS_HEADER));
      res.removeHeader(PAGE_STATUS_HEADER);
      if (pageStatus !== null && statusCode === 200 && type.startsWith("text/html")) {
        statusCode = pageStatus;
        res.statusCode = pageStatus;
      }
      if (type.startsWith("text/html")) res.setHeader("Content-Security-Policy", htmlCsp());
      // A 304 updates the headers of the response a browser or proxy has stored. Its stored CSP (the page's
      // hashes) fits the unchanged body; Next's default one (no inline script) would stop the page hydrating.
      if (statusCode === 304) res.removeHeader("Content-Security-Policy");
      const location = res.getHeader("location");
      if (typeof location === "string" && statusCode >= 300 && statusCode < 400) res.setHeader("Location", relativeLocation(location));
      const refresh = res.getHeader("refresh");
      if (typeof refresh === "string") res.setHeader("Refresh", relativeRefresh(refresh));
    }
    return statusMessage === undefined ? original.call(this, statusCode) : original.call(this, statusCode, statusMessage);
  };
  res.writeHead = patched as typeof res.writeHead;
}

/** The http server in front of `handle`, with the limits, headers and method rules above. Not yet listening. */
export function createAppServer({ handle, basePath, frameAncestors, pages, limits, log = console.error }: AppServerOptions): http.Server {
  const baseHeaders = securityHeaders(frameAncestors);
  const server = http.createServer(
    {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      keepAliveTimeout: limits.keepAliveTimeoutMs,
      // Node checks the two timeouts above on this interval (30 s by default, which would let them overrun).
      connectionsCheckingInterval: Math.min(1000, limits.headersTimeoutMs),
    },
    (req, res) => {
      const url = req.url ?? "/";
      const q = url.indexOf("?");
      const rawPath = q === -1 ? url : url.slice(0, q);
      const inBase = withinBasePath(rawPath, basePath);
      const route = routeOf(inBase ?? rawPath);

      const nonce = newNonce();
      fixHeadersBeforeSending(res, baseHeaders, () =>
        contentSecurityPolicy({ frameAncestors, scriptSources: [`'nonce-${nonce}'`, ...pages.sourcesFor(route)] }),
      );

      const verdict = methodVerdict(req.method, route);
      if (!verdict.ok) {
        req.resume();
        sendJson(res, 405, methodNotAllowedBody(req.method ?? "", verdict.allow), { Allow: verdict.allow });
        return;
      }
      if (inBase !== null && isApi(route) && !validPercentEncoding(inBase)) {
        req.resume();
        sendJson(
          res,
          400,
          JSON.stringify({
            error: "bad_path",
            message:
              "The address has a broken percent-encoding: a % must start a valid UTF-8 escape such as %2F. Write a literal % as %25.",
          }),
        );
        return;
      }
      // Next.js reads a script nonce from the request's CSP header and sets it on the scripts of the pages it
      // renders on request. Whatever a client sent there is replaced.
      req.headers["content-security-policy"] = `script-src 'nonce-${nonce}'`;
      delete req.headers["content-security-policy-report-only"];

      handle(req, res).catch((err: unknown) => {
        log(`server: ${req.method} ${url.slice(0, 200)} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
        if (!res.headersSent) {
          sendJson(
            res,
            500,
            JSON.stringify({
              error: "internal_error",
              message: "The server failed on this request. Try again; if it keeps failing, tell the team that runs this desk.",
            }),
          );
        } else res.destroy();
      });
    },
  );
  server.maxConnections = limits.maxConnections;
  // A connection silent both ways for this long is closed (with no "timeout" listener Node destroys the socket).
  server.timeout = limits.socketIdleTimeoutMs;

  server.on("clientError", (err: NodeJS.ErrnoException, socket: Socket) => {
    const current = (socket as Socket & { _httpMessage?: http.ServerResponse | null })._httpMessage;
    if (err.code === "ECONNRESET" || !socket.writable || current?.headersSent) {
      socket.destroy();
      return;
    }
    socket.end(rawClientError(clientErrorAnswer(err.code), baseHeaders));
  });
  // CONNECT asks for a tunnel through this server: never opened.
  server.on("connect", (_req: http.IncomingMessage, socket: Socket) => {
    socket.on("error", () => socket.destroy());
    socket.end(rawJsonResponse(405, methodNotAllowedBody("CONNECT", "GET, HEAD, POST"), baseHeaders, { Allow: "GET, HEAD, POST" }));
  });
  return server;
}
