/**
 * The production server: Node's http server with limits on slow and idle
 * clients (lib/http/app-server.ts), in front of Next.js's request handler for
 * the build in `.next` (or NEXT_DIST_DIR). `npm start`, `scripts/serve.sh`, the
 * browser tests, the load test and the container run this instead of
 * `next start`, which does not expose those limits.
 *
 *   npm run build && npm start
 *
 * Read when it starts: PORT (3000), HOST (0.0.0.0), HEADERS_TIMEOUT_MS,
 * REQUEST_TIMEOUT_MS, KEEP_ALIVE_TIMEOUT_MS, SOCKET_IDLE_TIMEOUT_MS and
 * MAX_CONNECTIONS (lib/http/server-limits.ts). BASE_PATH, FRAME_ANCESTORS and
 * NOTES_DIR are read when the app is built; this server takes them from the build.
 */
import fs from "node:fs";
import path from "node:path";
import { createAppServer, type RequestHandler } from "../lib/http/app-server";
import { loadPageScriptTable } from "../lib/http/page-csp";
import { parseFrameAncestors } from "../lib/http/security-headers";
import { describeLimits, serverLimitsFromEnv, type ServerLimits } from "../lib/http/server-limits";

function fail(message: string, code = 1): never {
  console.error(`server: ${message}`);
  process.exit(code);
}

function parsePort(raw: string | undefined): number {
  const value = Number(raw === undefined || raw.trim() === "" ? "3000" : raw.trim());
  if (!Number.isInteger(value) || value < 1 || value > 65535) fail(`PORT: "${raw}" is not a port number (1 to 65535).`, 2);
  return value;
}

interface Build {
  distDir: string;
  basePath: string;
  frameAncestors: string[];
  config: Record<string, unknown>;
}

function readBuild(dir: string): Build {
  const distDir = path.resolve(dir, process.env.NEXT_DIST_DIR || ".next");
  const file = path.join(distDir, "required-server-files.json");
  if (!fs.existsSync(file)) fail(`no production build in ${path.relative(dir, distDir) || distDir}; run \`npm run build\` first.`);
  const { config } = JSON.parse(fs.readFileSync(file, "utf8")) as {
    config: Record<string, unknown> & { basePath?: string; env?: Record<string, string> };
  };
  return {
    distDir,
    basePath: (config.basePath ?? "").replace(/\/+$/, ""),
    // next.config.ts records the FRAME_ANCESTORS the app was built with in its env.
    frameAncestors: parseFrameAncestors(config.env?.BUILT_FRAME_ANCESTORS),
    config,
  };
}

async function main(): Promise<void> {
  const dir = process.cwd();
  let limits: ServerLimits;
  try {
    limits = serverLimitsFromEnv(process.env);
  } catch (err) {
    fail((err as Error).message, 2);
  }
  const port = parsePort(process.env.PORT);
  const host = process.env.HOST?.trim() || "0.0.0.0";
  let build: Build;
  try {
    build = readBuild(dir);
  } catch (err) {
    fail(`the build could not be read: ${(err as Error).message}`);
  }
  const pages = loadPageScriptTable(build.distDir);
  for (const problem of pages.problems) console.warn(`server: no inline script will run on ${problem}`);

  (process.env as Record<string, string>).NODE_ENV = "production";
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  // As Next's own standalone server does: serve with the build's resolved config, not next.config.ts read again.
  process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(build.config);
  const nextModule = (await import("next")) as unknown as { default?: unknown };
  const createNext = (nextModule.default ?? nextModule) as (options: Record<string, unknown>) => {
    prepare(): Promise<void>;
    getRequestHandler(): RequestHandler;
  };
  // Next builds the URL its proxy (proxy.ts) sees from this name and port (never from the request's Host). With
  // "localhost" that URL and the one it relativises redirects against agree, so a redirect's Location is a path.
  const app = createNext({ dev: false, dir, hostname: "localhost", port, conf: build.config, customServer: true });
  await app.prepare();

  const server = createAppServer({
    handle: app.getRequestHandler(),
    basePath: build.basePath,
    frameAncestors: build.frameAncestors,
    pages,
    limits,
  });
  server.on("error", (err: NodeJS.ErrnoException) => fail(`cannot listen on ${host}:${port}: ${err.message}`));
  server.listen(port, host, () => {
    const address = server.address();
    const actualPort = typeof address === "object" && address ? address.port : port;
    const shownHost = host.includes(":") ? `[${host}]` : host;
    console.log(
      `server: OCR Error Desk on http://${shownHost}:${actualPort}${build.basePath}/ (build in ${path.relative(dir, build.distDir) || "."})`,
    );
    console.log(`server: limits: ${describeLimits(limits)}`);
    console.log(
      `server: scripts: no 'unsafe-inline'; ${pages.pages} static pages allow their own scripts by hash, pages rendered on request by a nonce`,
    );
  });

  let closing = false;
  const stop = (signal: NodeJS.Signals) => {
    if (closing) return;
    closing = true;
    console.log(`server: ${signal}, closing`);
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 5000).unref();
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

main().catch((err: unknown) => fail(err instanceof Error ? (err.stack ?? err.message) : String(err)));
