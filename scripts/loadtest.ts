/**
 * Load test of the production build (run `npm run build` first).
 *
 * Starts `next start` on a free 127.0.0.1 port and drives three targets with
 * autocannon: a code page, the home page with a query, and POST /api/classify
 * with a real paste. Then it serves the same HTML from a plain Node static
 * server (scripts/static-server.ts) and drives the two GET paths the same way,
 * as a baseline. Prints req/s, p50/p99 latency, errors and non-2xx per run,
 * and app ÷ baseline req/s for the GET targets.
 *
 * LOADTEST_SECONDS (default 20) and LOADTEST_CONNECTIONS (default 50) override
 * the length and concurrency of each run. Exits 1 when any run had errors
 * (connection errors or timeouts) or a non-2xx answer.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
// @ts-expect-error -- autocannon 8 ships no type declarations; the parts used are typed below.
import autocannonUntyped from "autocannon";
import { addCleanup, buildBasePath, requireBuild, startNextProduction, startServer, stopAll, type RunningServer } from "./lib/serve-build";

interface AutocannonOptions {
  url: string;
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  body?: string;
  connections: number;
  duration: number;
  timeout?: number;
}
interface Histogram {
  average: number;
  p50: number;
  p99: number;
}
interface AutocannonResult {
  requests: Histogram & { total: number };
  latency: Histogram;
  errors: number;
  timeouts: number;
  non2xx: number;
  "2xx": number;
  duration: number;
  statusCodeStats?: Record<string, { count: number }>;
}
interface AutocannonInstance {
  stop(): void;
}
const autocannon = autocannonUntyped as (
  options: AutocannonOptions,
  done: (err: Error | null, result: AutocannonResult) => void,
) => AutocannonInstance;

const ROOT = process.cwd();
const PASTE_FIXTURE = path.join(ROOT, "tests", "fixtures", "real-pastes.json");
/** The Node.js SDK error dump (util.inspect of an axios error): a realistic, multi-line paste. */
const PASTE_ID = "gh-hwsdknode-2";
const CODE_PATH = "/codes/APIG.0308";
const HOME_PATH = "/?q=token+expired";

function intFromEnv(name: string, fallback: number, max: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > max) {
    console.error(`loadtest: ${name} must be a whole number from 1 to ${max} (got ${JSON.stringify(raw)}).`);
    process.exit(1);
  }
  return value;
}

interface Target {
  label: string;
  path: string;
  method: "GET" | "POST";
  headers?: Record<string, string>;
  body?: string;
}

interface Row {
  target: Target;
  server: "app" | "static";
  result: AutocannonResult;
}

/** One autocannon run, stopped for sure shortly after its planned end. */
function drive(origin: string, target: Target, seconds: number, connections: number): Promise<AutocannonResult> {
  return new Promise((resolve, reject) => {
    let guard: NodeJS.Timeout | undefined;
    const instance = autocannon(
      {
        url: origin + target.path,
        method: target.method,
        headers: target.headers,
        body: target.body,
        connections,
        duration: seconds,
        timeout: 10,
      },
      (err, result) => {
        clearTimeout(guard);
        if (err) reject(err);
        else resolve(result);
      },
    );
    guard = setTimeout(() => instance.stop(), (seconds + 30) * 1000);
  });
}

/** One request with a time limit, to check a target answers as expected before loading it. */
async function fetchOnce(origin: string, target: Target): Promise<{ status: number; body: string }> {
  const response = await fetch(origin + target.path, {
    method: target.method,
    headers: target.headers,
    body: target.body,
    redirect: "manual",
    signal: AbortSignal.timeout(15_000),
  });
  return { status: response.status, body: await response.text() };
}

function loadPaste(): string {
  const fixture = JSON.parse(fs.readFileSync(PASTE_FIXTURE, "utf8")) as { items: Array<{ id: string; text: string }> };
  const item = fixture.items.find((i) => i.id === PASTE_ID);
  if (!item) throw new Error(`loadtest: paste ${PASTE_ID} not found in ${path.relative(ROOT, PASTE_FIXTURE)}`);
  return item.text;
}

function startStatic(routes: Record<string, string>): Promise<RunningServer> {
  return startServer({
    name: "static-server",
    command: process.execPath,
    args: ["--import", "tsx", path.join(ROOT, "scripts", "static-server.ts"), "--port", "{port}",
      ...Object.entries(routes).map(([route, file]) => `${route}=${file}`)],
    cwd: ROOT,
    readyPath: Object.keys(routes)[0],
    readyTimeoutMs: 30_000,
  });
}

const fmt = (n: number, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : "-");

function printTable(rows: Row[]): void {
  const header = ["target", "server", "req/s avg", "p50 ms", "p99 ms", "requests", "errors (timeouts)", "non-2xx"];
  const body = rows.map((r) => [
    r.target.label,
    r.server,
    fmt(r.result.requests.average, 1),
    fmt(r.result.latency.p50),
    fmt(r.result.latency.p99),
    String(r.result.requests.total),
    `${r.result.errors} (${r.result.timeouts})`,
    String(r.result.non2xx),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i].length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  console.log(line(header));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const row of body) console.log(line(row));
}

async function main(): Promise<number> {
  requireBuild("loadtest", ROOT);
  const seconds = intFromEnv("LOADTEST_SECONDS", 20, 600);
  const connections = intFromEnv("LOADTEST_CONNECTIONS", 50, 1000);
  const base = buildBasePath(ROOT);
  const paste = loadPaste();

  const targets: Target[] = [
    { label: `GET ${CODE_PATH}`, path: base + CODE_PATH, method: "GET" },
    { label: `GET ${HOME_PATH}`, path: base ? base + HOME_PATH.slice(1) : HOME_PATH, method: "GET" },
    {
      label: "POST /api/classify",
      path: base + "/api/classify",
      method: "POST",
      headers: { "content-type": "text/plain; charset=utf-8" },
      body: paste,
    },
  ];
  const getTargets = targets.filter((t) => t.method === "GET");

  console.log(`loadtest: ${connections} connections, ${seconds} s per target; Node ${process.version}, ` +
    `${os.cpus().length} CPUs (${os.cpus()[0]?.model.trim() ?? "unknown"}); load generator and servers share this machine.`);
  console.log(`loadtest: POST body is paste ${PASTE_ID} from ${path.relative(ROOT, PASTE_FIXTURE)} (${Buffer.byteLength(paste)} bytes, text/plain).`);

  const rows: Row[] = [];
  const problems: string[] = [];
  const captured = new Map<string, string>();

  // --- the app ---
  const app = await startNextProduction(ROOT);
  console.log(`loadtest: next start is up at ${app.origin} (pid ${app.pid}).`);
  try {
    for (const target of targets) {
      const first = await fetchOnce(app.origin, target);
      if (first.status < 200 || first.status > 299) {
        problems.push(`${target.label}: the first request answered ${first.status}`);
      }
      if (target.method === "POST") {
        let findings: Array<{ code?: string }> = [];
        try {
          findings = (JSON.parse(first.body) as { findings?: Array<{ code?: string }> }).findings ?? [];
        } catch {
          problems.push(`${target.label}: the first answer is not JSON`);
        }
        console.log(`loadtest: classify check: ${first.status}, ${findings.length} finding(s): ${findings.map((f) => f.code).join(", ") || "none"}.`);
      } else {
        captured.set(target.path, first.body);
      }
      // A short warm-up (not measured) so the first measured seconds are not JIT and cache fills.
      await drive(app.origin, target, Math.min(2, seconds), Math.min(10, connections));
      console.log(`loadtest: app     ${target.label} ...`);
      rows.push({ target, server: "app", result: await drive(app.origin, target, seconds, connections) });
    }
  } finally {
    await app.stop();
  }

  // --- the baseline: the same HTML from a plain static server (the app is stopped, so they do not compete) ---
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "loadtest-"));
  const removeTmp = addCleanup(() => fs.rmSync(tmp, { recursive: true, force: true }));
  const routes: Record<string, string> = {};
  const sources: string[] = [];
  const prerendered: Record<string, string> = {
    [CODE_PATH]: path.join(ROOT, ".next", "server", "app", "codes", "APIG.0308.html"),
    [HOME_PATH]: path.join(ROOT, ".next", "server", "app", "index.html"),
  };
  for (const target of getTargets) {
    const logical = target.label.slice("GET ".length);
    const pathname = target.path.split("?")[0];
    const file = prerendered[logical];
    if (fs.existsSync(file)) {
      routes[pathname] = file;
      sources.push(`${logical} <- ${path.relative(ROOT, file)} (prerendered by next build)`);
    } else {
      // Next rendered this page at request time (no prerendered HTML in .next), so serve
      // the exact HTML the app answered with instead.
      const copy = path.join(tmp, `${pathname.replace(/[^A-Za-z0-9.]+/g, "_") || "index"}.html`);
      fs.writeFileSync(copy, captured.get(target.path) ?? "");
      routes[pathname] = copy;
      sources.push(`${logical} <- the app's own response body (${path.relative(ROOT, file)} does not exist: ` +
        "next build did not prerender this page, so the app renders it on every request)");
    }
  }
  for (const s of sources) console.log(`loadtest: baseline ${s}`);

  try {
    const staticServer = await startStatic(routes);
    console.log(`loadtest: static-server is up at ${staticServer.origin} (pid ${staticServer.pid}).`);
    try {
      for (const target of getTargets) {
        await drive(staticServer.origin, target, Math.min(2, seconds), Math.min(10, connections));
        console.log(`loadtest: static  ${target.label} ...`);
        rows.push({ target, server: "static", result: await drive(staticServer.origin, target, seconds, connections) });
      }
    } finally {
      await staticServer.stop();
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
    removeTmp();
  }

  // --- report ---
  console.log(`\nResults (${connections} connections, ${seconds} s each; latency of 2xx answers)\n`);
  printTable(rows);

  console.log("\nApp vs plain static server (req/s)\n");
  for (const target of getTargets) {
    const appRow = rows.find((r) => r.target === target && r.server === "app");
    const staticRow = rows.find((r) => r.target === target && r.server === "static");
    if (!appRow || !staticRow) continue;
    const ratio = appRow.result.requests.average / staticRow.result.requests.average;
    console.log(`${target.label.padEnd(26)} app ${fmt(appRow.result.requests.average, 1).padStart(9)}  ` +
      `static ${fmt(staticRow.result.requests.average, 1).padStart(9)}  ratio ${fmt(ratio, 3)} ` +
      `(the app does ${fmt(ratio * 100, 1)}% of the baseline's throughput)`);
  }

  for (const row of rows) {
    if (row.result.errors > 0) problems.push(`${row.target.label} (${row.server}): ${row.result.errors} errors, ${row.result.timeouts} of them timeouts`);
    if (row.result.non2xx > 0) {
      const codes = Object.entries(row.result.statusCodeStats ?? {})
        .filter(([code]) => !code.startsWith("2"))
        .map(([code, s]) => `${code}×${s.count}`)
        .join(", ");
      problems.push(`${row.target.label} (${row.server}): ${row.result.non2xx} non-2xx answers${codes ? ` (${codes})` : ""}`);
    }
  }
  if (problems.length > 0) {
    console.log("\nFAIL:");
    for (const p of problems) console.log(`  - ${p}`);
    return 1;
  }
  console.log("\nOK: no errors and no non-2xx answers.");
  return 0;
}

main()
  .then(async (code) => {
    await stopAll();
    process.exit(code);
  })
  .catch(async (err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    await stopAll();
    process.exit(1);
  });
