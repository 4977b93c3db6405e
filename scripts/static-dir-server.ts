/**
 * A plain static file server for the static edition (`npm run build:static`), node:http and node:fs only:
 * it serves a folder the way nginx does with
 *
 *   location /<base>/ { try_files $uri $uri.html $uri/index.html =404; }
 *   error_page 404 /404.html;   location /<base>/zh/ { error_page 404 /zh/404.html; }
 *
 * (lib/static/try-files.ts), with a Content-Type by file name, a year's immutable cache for
 * `_next/static/`, `no-cache` for the rest, and nothing else: no CSP header, no redirects, no API. The
 * browser tests of the static edition (playwright.static.config.ts) and the load test use it.
 *
 *   tsx scripts/static-dir-server.ts [--root out-static] [--port 3400] [--host 127.0.0.1] [--base-path /ocr-errors]
 *
 * PORT, HOST and BASE_PATH are read from the environment when not given. Files are read from disk on each
 * request (as a plain server does), so a new build is served at once.
 */
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { cacheControlFor, contentTypeFor } from "../lib/static/content-types";
import { fileCandidates, notFoundCandidates } from "../lib/static/try-files";

export interface DirectoryServerOptions {
  /** The static folder. */
  root: string;
  /** "" or a path such as "/ocr-errors": only addresses under it are served. */
  basePath?: string;
}

interface Found {
  relative: string;
  absolute: string;
  size: number;
}

function findFile(root: string, candidates: readonly string[]): Found | null {
  for (const relative of candidates) {
    const absolute = path.join(root, ...relative.split("/"));
    if (absolute !== root && !absolute.startsWith(root + path.sep)) continue;
    try {
      const stat = fs.statSync(absolute);
      if (stat.isFile()) return { relative, absolute, size: stat.size };
    } catch {
      // not there: the next candidate
    }
  }
  return null;
}

function send(req: http.IncomingMessage, res: http.ServerResponse, status: number, file: Found, cacheControl: string): void {
  res.writeHead(status, {
    "content-type": contentTypeFor(file.relative),
    "content-length": file.size,
    "cache-control": cacheControl,
  });
  if (req.method === "HEAD") {
    res.end();
    return;
  }
  const stream = fs.createReadStream(file.absolute);
  stream.on("error", () => res.destroy());
  stream.pipe(res);
}

export function createDirectoryServer({ root, basePath = "" }: DirectoryServerOptions): http.Server {
  const folder = path.resolve(root);
  const base = basePath.replace(/\/+$/, "");
  return http.createServer((req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      req.resume();
      res.writeHead(405, { allow: "GET, HEAD", "content-type": "text/plain; charset=utf-8" });
      res.end("method not allowed\n");
      return;
    }
    const url = req.url ?? "/";
    const q = url.indexOf("?");
    const pathname = q === -1 ? url : url.slice(0, q);
    const found = findFile(folder, fileCandidates(pathname, base));
    if (found) {
      send(req, res, 200, found, cacheControlFor(found.relative));
      return;
    }
    const notFound = findFile(folder, notFoundCandidates(pathname, base));
    if (notFound) {
      send(req, res, 404, notFound, "no-cache");
      return;
    }
    res.writeHead(404, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-cache" });
    res.end(req.method === "HEAD" ? undefined : "not found\n");
  });
}

function main(): void {
  const argv = process.argv.slice(2);
  let root = "out-static";
  let port = Number(process.env.PORT || 3400);
  let host = process.env.HOST || "127.0.0.1";
  let basePath = process.env.BASE_PATH ?? "";
  const usage = "usage: tsx scripts/static-dir-server.ts [--root DIR] [--port PORT] [--host HOST] [--base-path /PATH]";
  for (let i = 0; i < argv.length; i++) {
    const value = argv[i + 1];
    if (value === undefined) {
      console.error(`static-dir-server: ${argv[i]} needs a value\n${usage}`);
      process.exit(2);
    }
    if (argv[i] === "--root") root = value;
    else if (argv[i] === "--port") port = Number(value);
    else if (argv[i] === "--host") host = value;
    else if (argv[i] === "--base-path") basePath = value;
    else {
      console.error(`static-dir-server: unexpected argument ${JSON.stringify(argv[i])}\n${usage}`);
      process.exit(2);
    }
    i++;
  }
  basePath = basePath.replace(/\/+$/, "");
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`static-dir-server: "${port}" is not a port number\n${usage}`);
    process.exit(2);
  }
  if (basePath && !basePath.startsWith("/")) {
    console.error(`static-dir-server: the base path must start with "/" (got ${JSON.stringify(basePath)})`);
    process.exit(2);
  }
  if (!fs.existsSync(path.join(root, "index.html"))) {
    console.error(`static-dir-server: ${root}/index.html not found; run \`npm run build:static\` first.`);
    process.exit(1);
  }
  const server = createDirectoryServer({ root, basePath });
  server.on("error", (err) => {
    console.error(`static-dir-server: cannot listen on ${host}:${port}: ${err.message}`);
    process.exit(1);
  });
  server.listen(port, host, () => {
    const address = server.address();
    const actual = typeof address === "object" && address ? address.port : port;
    console.log(`static-dir-server: ${root}/ at http://${host}:${actual}${basePath}/`);
  });
  const stop = () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
