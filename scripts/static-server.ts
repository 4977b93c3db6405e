/**
 * The load test's baseline: a plain static file server (node:http + node:fs,
 * nothing else) that answers a fixed set of paths with HTML files, so the
 * production app's throughput can be compared with "just shipping the bytes".
 *
 *   tsx scripts/static-server.ts --port 4100 /=.next/server/app/index.html /codes/APIG.0308=some.html
 *
 * Each file is read once at start and served from memory (as Next serves its
 * prerendered pages from its cache). The query string is ignored; any other
 * path gets 404. Listens on 127.0.0.1 only.
 */
import fs from "node:fs";
import http from "node:http";
import { pathToFileURL } from "node:url";

export const STATIC_HOST = "127.0.0.1";

interface Page {
  body: Buffer;
  type: string;
}

export function createStaticServer(routes: Record<string, string>): http.Server {
  const pages = new Map<string, Page>();
  for (const [route, file] of Object.entries(routes)) {
    const type = file.endsWith(".html") ? "text/html; charset=utf-8" : "application/octet-stream";
    pages.set(route, { body: fs.readFileSync(file), type });
  }
  return http.createServer((req, res) => {
    const url = req.url ?? "/";
    const q = url.indexOf("?");
    const pathname = q === -1 ? url : url.slice(0, q);
    const page = pages.get(pathname);
    if (!page || (req.method !== "GET" && req.method !== "HEAD")) {
      res.writeHead(page ? 405 : 404, { "content-type": "text/plain; charset=utf-8" });
      res.end(page ? "method not allowed\n" : "not found\n");
      return;
    }
    res.writeHead(200, {
      "content-type": page.type,
      "content-length": page.body.length,
      "cache-control": "s-maxage=31536000",
    });
    res.end(req.method === "HEAD" ? undefined : page.body);
  });
}

function main(): void {
  const argv = process.argv.slice(2);
  let port = 0;
  const routes: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--port") {
      port = Number(argv[++i]);
    } else if (arg.includes("=") && arg.startsWith("/")) {
      const eq = arg.indexOf("=");
      routes[arg.slice(0, eq)] = arg.slice(eq + 1);
    } else {
      console.error(`static-server: unexpected argument ${JSON.stringify(arg)}`);
      console.error("usage: tsx scripts/static-server.ts --port PORT /path=file.html [/other=file.html ...]");
      process.exit(2);
    }
  }
  if (!Number.isInteger(port) || port < 0 || port > 65535 || Object.keys(routes).length === 0) {
    console.error("usage: tsx scripts/static-server.ts --port PORT /path=file.html [/other=file.html ...]");
    process.exit(2);
  }
  const server = createStaticServer(routes);
  server.listen(port, STATIC_HOST, () => {
    const address = server.address();
    const actual = typeof address === "object" && address ? address.port : port;
    console.log(`static-server: http://${STATIC_HOST}:${actual} serving ${Object.keys(routes).join(", ")}`);
  });
  const stop = () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
