/**
 * Shared by the load test, the Lighthouse bench and the browser tests: checks
 * that a production build exists, starts a server process on a free 127.0.0.1
 * port (our production server, scripts/server.ts, or any other command), waits
 * until it answers, and stops it again: on request, on Ctrl-C / SIGTERM, on an
 * uncaught error and at exit, so no server is left behind.
 *
 * Servers are spawned in their own process group (detached) and stopped by
 * signalling that group, so children they start die with them.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import net from "node:net";
import path from "node:path";

const LOOPBACK = "127.0.0.1";

export interface RunningServer {
  /** e.g. "http://127.0.0.1:41234" (no trailing slash, no base path). */
  origin: string;
  port: number;
  pid: number;
  /** The last lines the server printed (stdout and stderr), for error messages. */
  output(): string;
  stop(): Promise<void>;
}

const running = new Set<ChildProcess>();
const cleanups = new Set<() => void>();
let handlersInstalled = false;
let stopping = false;

/**
 * Something else to shut down with the servers (e.g. a browser): run by stopAll(),
 * on signals and errors, and at exit (so it must work synchronously). Returns the remover.
 */
export function addCleanup(fn: () => void): () => void {
  installHandlers();
  cleanups.add(fn);
  return () => cleanups.delete(fn);
}

function runCleanups(): void {
  for (const fn of [...cleanups]) {
    cleanups.delete(fn);
    try {
      fn();
    } catch {
      /* best effort */
    }
  }
}

/** Kill a spawned server's process group at once (used at exit, where nothing async can run). */
function killGroupNow(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    try {
      child.kill(signal);
    } catch {
      /* already gone */
    }
  }
}

function installHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  process.on("exit", () => {
    runCleanups();
    for (const child of running) killGroupNow(child, "SIGKILL");
  });
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.on(signal, () => {
      // tsx and npm pass Ctrl-C on as well, so the same signal can arrive twice.
      if (stopping) return;
      stopping = true;
      console.error(`\nReceived ${signal}; stopping the servers.`);
      void stopAll().finally(() => process.exit(signal === "SIGINT" ? 130 : 143));
    });
  }
  process.on("uncaughtException", (err) => {
    console.error(err);
    void stopAll().finally(() => process.exit(1));
  });
  process.on("unhandledRejection", (err) => {
    console.error(err);
    void stopAll().finally(() => process.exit(1));
  });
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) {
    running.delete(child);
    return;
  }
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  killGroupNow(child, "SIGTERM");
  const timer = new Promise<"timeout">((resolve) => setTimeout(() => resolve("timeout"), 5000).unref());
  if ((await Promise.race([exited, timer])) === "timeout") {
    killGroupNow(child, "SIGKILL");
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 2000).unref())]);
  }
  running.delete(child);
}

/** Stops every server started through this module. */
export async function stopAll(): Promise<void> {
  runCleanups();
  await Promise.all([...running].map((child) => stopChild(child)));
}

/** The build directory: NEXT_DIST_DIR (as next.config.ts reads it) or `.next`. */
export function distDir(cwd = process.cwd()): string {
  return path.join(cwd, process.env.NEXT_DIST_DIR || ".next");
}

/** Exits with a hint when there is no production build in the build directory. */
export function requireBuild(tool: string, cwd = process.cwd()): void {
  if (!fs.existsSync(path.join(distDir(cwd), "BUILD_ID"))) {
    console.error(`${tool}: no production build found in ${path.relative(cwd, distDir(cwd))}; run \`npm run build\` first.`);
    process.exit(1);
  }
}

/** Whether `port` can be listened on at 127.0.0.1 right now. */
function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.unref();
    probe.once("error", () => resolve(false));
    probe.listen(port, LOOPBACK, () => probe.close(() => resolve(true)));
  });
}

/**
 * A port that was free on 127.0.0.1 a moment ago: the OS picks it, or, when FREE_PORT_RANGE is set
 * (e.g. "3420-3499", on a machine where ports are shared out), the first free one in that range.
 */
async function freePort(): Promise<number> {
  const range = /^(\d+)-(\d+)$/.exec(process.env.FREE_PORT_RANGE?.trim() ?? "");
  if (range) {
    for (let port = Number(range[1]); port <= Number(range[2]); port++) if (await portIsFree(port)) return port;
    throw new Error(`no free port in FREE_PORT_RANGE ${process.env.FREE_PORT_RANGE}`);
  }
  return osFreePort();
}

function osFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.once("error", reject);
    probe.listen(0, LOOPBACK, () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => (port ? resolve(port) : reject(new Error("could not get a free port"))));
    });
  });
}

/** One GET with a hard timeout; resolves to the status code, or null when nothing answered. */
function probe(url: string, timeoutMs: number): Promise<number | null> {
  return new Promise((resolve) => {
    const req = http.get(url, { timeout: timeoutMs, headers: { connection: "close" } }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode ?? null));
      res.on("error", () => resolve(null));
    });
    req.on("timeout", () => req.destroy(new Error("timeout")));
    req.on("error", () => resolve(null));
  });
}

export interface StartOptions {
  /** Shown in messages, e.g. "next start". */
  name: string;
  command: string;
  /** Arguments; the string "{port}" is replaced by the chosen port. */
  args: string[];
  cwd?: string;
  /** Added to this process's environment; "{port}" in a value is replaced by the chosen port, undefined removes a variable. */
  env?: Record<string, string | undefined>;
  /** Path probed until it answers (any HTTP status below 500). Default "/". */
  readyPath?: string;
  /** Give up after this long. Default 60 s. */
  readyTimeoutMs?: number;
  /** Listen on this port instead of one the OS picks. */
  port?: number;
}

/** Starts a server on a free loopback port and resolves once it answers HTTP. */
export async function startServer(options: StartOptions): Promise<RunningServer> {
  installHandlers();
  const port = options.port ?? (await freePort());
  const args = options.args.map((a) => a.replaceAll("{port}", String(port)));
  const env = { ...process.env, ...options.env } as NodeJS.ProcessEnv;
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined) delete env[key];
    else if (value.includes("{port}")) env[key] = value.replaceAll("{port}", String(port));
  }
  const child = spawn(options.command, args, {
    cwd: options.cwd ?? process.cwd(),
    env,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  running.add(child);

  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    lines.push(
      ...chunk
        .toString("utf8")
        .split("\n")
        .filter((l) => l.trim() !== ""),
    );
    if (lines.length > 40) lines.splice(0, lines.length - 40);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  child.on("exit", () => running.delete(child));
  let spawnError: Error | null = null;
  child.once("error", (err) => {
    spawnError = err;
  });

  const origin = `http://${LOOPBACK}:${port}`;
  const server: RunningServer = {
    origin,
    port,
    pid: child.pid ?? -1,
    output: () => lines.join("\n"),
    stop: () => stopChild(child),
  };

  const deadline = Date.now() + (options.readyTimeoutMs ?? 60_000);
  const readyUrl = origin + (options.readyPath ?? "/");
  let failure: string | null = null;
  for (let attempt = 0; attempt < 1000; attempt++) {
    if (spawnError) {
      failure = `could not start: ${(spawnError as Error).message}`;
      break;
    }
    if (child.exitCode !== null || child.signalCode !== null) {
      failure = `exited early (code ${child.exitCode ?? child.signalCode})`;
      break;
    }
    const status = await probe(readyUrl, 2000);
    if (status !== null && status < 500) return server;
    if (Date.now() > deadline) {
      failure = `did not answer ${readyUrl} within ${Math.round((options.readyTimeoutMs ?? 60_000) / 1000)} s`;
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await server.stop();
  throw new Error(`${options.name} ${failure ?? "did not become ready"}\n--- its last output ---\n${server.output()}`);
}

/** The base path the build was made with ("" when none). */
export function buildBasePath(cwd = process.cwd()): string {
  try {
    const file = path.join(distDir(cwd), "required-server-files.json");
    const config = JSON.parse(fs.readFileSync(file, "utf8")) as { config?: { basePath?: string } };
    return (config.config?.basePath ?? "").replace(/\/+$/, "");
  } catch {
    return "";
  }
}

/**
 * Starts the production server (scripts/server.ts, what `npm start` runs) from the build, on a free port on
 * 127.0.0.1 only. `env` can set its limits (REQUEST_TIMEOUT_MS, MAX_CONNECTIONS, ...).
 */
export function startAppProduction(
  cwd = process.cwd(),
  env: Record<string, string | undefined> = {},
  port?: number,
): Promise<RunningServer> {
  return startServer({
    port,
    name: "scripts/server.ts",
    command: process.execPath,
    args: ["--import", "tsx", path.join(cwd, "scripts", "server.ts")],
    cwd,
    env: { NEXT_TELEMETRY_DISABLED: "1", PORT: "{port}", HOST: LOOPBACK, ...env, NODE_ENV: "production" },
    readyPath: `${buildBasePath(cwd)}/healthz`,
  });
}

/**
 * The production server, as `npm start` runs it. Kept under its old name for the Lighthouse bench: plain
 * `next start` no longer serves pages that hydrate (its CSP allows no inline script; scripts/server.ts adds each
 * page's hashes and nonce).
 */
export const startNextProduction = (cwd = process.cwd()): Promise<RunningServer> => startAppProduction(cwd);
