/**
 * Load test of the production build (run `npm run build` first).
 *
 * Starts the production server (scripts/server.ts, what `npm start` runs) on a
 * free 127.0.0.1 port and drives three targets with autocannon: a code page,
 * the home page with a query, and POST /api/classify with a real paste. Then:
 *
 * - **Readers under attack.** 10 connections post hostile pastes to
 *   POST /api/classify (text built to make the classifier work hard: 1 MiB of
 *   `status` and `error` followed by long runs of spaces and tabs, `{a:<`
 *   repeated, `sk={` repeated, deeply nested braces) while 40 connections read
 *   pages (a code page and the home page, 30 connections) and /healthz (10).
 *   The same readers run first without the attack, for comparison. Reports
 *   page p99 and /healthz p99 in both, the readers' non-2xx (must be 0) and
 *   what the hostile posts got back.
 * - **Baseline.** The same two pages served as plain files by a minimal Node
 *   server (scripts/static-server.ts), driven the same way.
 * - **Static edition.** When `npm run build:static` has written out-static/ (or
 *   STATIC_OUT), the same two addresses served from it by the plain directory
 *   server (scripts/static-dir-server.ts: files read from disk per request, as
 *   nginx's try_files would find them), driven the same way.
 *
 * Prints req/s, p50/p99 latency, errors and non-2xx per run, and app ÷
 * baseline and app ÷ static edition req/s for the GET targets.
 *
 * LOADTEST_SECONDS (default 20) and LOADTEST_CONNECTIONS (default 50) override
 * the length of each run and the concurrency of the single-target runs. Exits 1
 * when any reader or single-target run had errors (connection errors or
 * timeouts) or a non-2xx answer.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
// @ts-expect-error -- autocannon 8 ships no type declarations; the parts used are typed below.
import autocannonUntyped from "autocannon";
import {
  addCleanup,
  buildBasePath,
  distDir,
  requireBuild,
  startAppProduction,
  startServer,
  stopAll,
  type RunningServer,
} from "./lib/serve-build";

interface AutocannonRequest {
  method?: "GET" | "POST";
  path: string;
  headers?: Record<string, string>;
  body?: string;
}
interface AutocannonOptions {
  url: string;
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  body?: string;
  /** Each connection sends these in turn, over and over. */
  requests?: AutocannonRequest[];
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
  /** Several requests taken in turn by each connection (path, method and body above are then unused). */
  requests?: AutocannonRequest[];
}

interface Row {
  target: Target;
  server: "app" | "static" | "edition";
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
        requests: target.requests,
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
async function fetchOnce(origin: string, target: Target, timeoutMs = 15_000): Promise<{ status: number; body: string }> {
  const response = await fetch(origin + target.path, {
    method: target.method,
    headers: target.headers,
    body: target.body,
    redirect: "manual",
    signal: AbortSignal.timeout(timeoutMs),
  });
  return { status: response.status, body: await response.text() };
}

/** The largest hostile body that is still classified (POST /api/classify refuses more than 1 MiB with a 413). */
const HOSTILE_BYTES = 1024 * 1024 - 1024;

/** `unit` repeated to exactly `size` characters (ASCII, so bytes). */
function fill(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

/** Pastes built to make the classifier work hard, each just under the API's 1 MiB limit. */
export function hostilePastes(size = HOSTILE_BYTES): Array<{ name: string; text: string }> {
  const runs = (word: string) => fill(`${word} ${" ".repeat(20_000)}${"\t".repeat(20_000)} \t \t${" \t".repeat(10_000)}\n`, size);
  return [
    { name: "status + runs of spaces and tabs", text: runs("status") },
    { name: "error + runs of spaces and tabs", text: runs("error") },
    { name: "{a:< repeated", text: fill("{a:<", size) },
    { name: "sk={ repeated", text: fill("sk={", size) },
    { name: "nested braces", text: fill('{"error_code":{"a":[', size) },
    { name: "unclosed quotes after keys", text: fill('error_msg: "status \t', size) },
  ];
}

/** Status counts of a run, as "200×12, 503×40". */
function statusSummary(result: AutocannonResult): string {
  return (
    Object.entries(result.statusCodeStats ?? {})
      .map(([code, s]) => `${code}×${s.count}`)
      .join(", ") || "none"
  );
}

function loadPaste(): string {
  const fixture = JSON.parse(fs.readFileSync(PASTE_FIXTURE, "utf8")) as { items: Array<{ id: string; text: string }> };
  const item = fixture.items.find((i) => i.id === PASTE_ID);
  if (!item) throw new Error(`loadtest: paste ${PASTE_ID} not found in ${path.relative(ROOT, PASTE_FIXTURE)}`);
  return item.text;
}

/** The static edition's folder (`npm run build:static`), or null when it has not been built. */
function staticEditionDir(): string | null {
  const dir = path.resolve(ROOT, process.env.STATIC_OUT || "out-static");
  return fs.existsSync(path.join(dir, "index.html")) ? dir : null;
}

/** The static edition served by the plain directory server (nginx-like try_files and 404.html). */
function startStaticEdition(dir: string, basePath: string): Promise<RunningServer> {
  return startServer({
    name: "static-dir-server",
    command: process.execPath,
    args: [
      "--import",
      "tsx",
      path.join(ROOT, "scripts", "static-dir-server.ts"),
      "--root",
      dir,
      "--port",
      "{port}",
      "--host",
      "127.0.0.1",
      ...(basePath ? ["--base-path", basePath] : []),
    ],
    cwd: ROOT,
    readyPath: `${basePath}/`,
    readyTimeoutMs: 30_000,
  });
}

function startStatic(routes: Record<string, string>): Promise<RunningServer> {
  return startServer({
    name: "static-server",
    command: process.execPath,
    args: [
      "--import",
      "tsx",
      path.join(ROOT, "scripts", "static-server.ts"),
      "--port",
      "{port}",
      ...Object.entries(routes).map(([route, file]) => `${route}=${file}`),
    ],
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
    r.server === "edition" ? "static edition" : r.server,
    fmt(r.result.requests.average, 1),
    fmt(r.result.latency.p50),
    fmt(r.result.latency.p99),
    String(r.result.requests.total),
    `${r.result.errors} (${r.result.timeouts})`,
    String(r.result.non2xx),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
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
      path: `${base}/api/classify`,
      method: "POST",
      headers: { "content-type": "text/plain; charset=utf-8" },
      body: paste,
    },
  ];
  const getTargets = targets.filter((t) => t.method === "GET");

  console.log(
    `loadtest: ${connections} connections, ${seconds} s per target; Node ${process.version}, ` +
      `${os.cpus().length} CPUs (${os.cpus()[0]?.model.trim() ?? "unknown"}); load generator and servers share this machine.`,
  );
  console.log(
    `loadtest: POST body is paste ${PASTE_ID} from ${path.relative(ROOT, PASTE_FIXTURE)} (${Buffer.byteLength(paste)} bytes, text/plain).`,
  );

  const rows: Row[] = [];
  const problems: string[] = [];
  const captured = new Map<string, string>();

  // --- the app ---
  const app = await startAppProduction(ROOT);
  console.log(`loadtest: the production server (scripts/server.ts) is up at ${app.origin} (pid ${app.pid}).`);
  let attack: AttackReport | null = null;
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
        console.log(
          `loadtest: classify check: ${first.status}, ${findings.length} finding(s): ${findings.map((f) => f.code).join(", ") || "none"}.`,
        );
      } else {
        captured.set(target.path, first.body);
      }
      // A short warm-up (not measured) so the first measured seconds are not JIT and cache fills.
      await drive(app.origin, target, Math.min(2, seconds), Math.min(10, connections));
      console.log(`loadtest: app     ${target.label} ...`);
      rows.push({ target, server: "app", result: await drive(app.origin, target, seconds, connections) });
    }
    attack = await readersUnderAttack(app.origin, base, seconds);
  } finally {
    await app.stop();
  }

  // --- the baseline: the same HTML from a plain static server (the app is stopped, so they do not compete) ---
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "loadtest-"));
  const removeTmp = addCleanup(() => fs.rmSync(tmp, { recursive: true, force: true }));
  const routes: Record<string, string> = {};
  const sources: string[] = [];
  const prerendered: Record<string, string> = {
    [CODE_PATH]: path.join(distDir(ROOT), "server", "app", "codes", "APIG.0308.html"),
    [HOME_PATH]: path.join(distDir(ROOT), "server", "app", "index.html"),
  };
  for (const target of getTargets) {
    const logical = target.label.slice("GET ".length);
    const pathname = target.path.split("?")[0]!;
    const file = prerendered[logical]!;
    if (fs.existsSync(file)) {
      routes[pathname] = file;
      sources.push(`${logical} <- ${path.relative(ROOT, file)} (prerendered by next build)`);
    } else {
      // Next rendered this page at request time (no prerendered HTML in .next), so serve
      // the exact HTML the app answered with instead.
      const copy = path.join(tmp, `${pathname.replace(/[^A-Za-z0-9.]+/g, "_") || "index"}.html`);
      fs.writeFileSync(copy, captured.get(target.path) ?? "");
      routes[pathname] = copy;
      sources.push(
        `${logical} <- the app's own response body (${path.relative(ROOT, file)} does not exist: ` +
          "next build did not prerender this page, so the app renders it on every request)",
      );
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

  // --- the static edition (npm run build:static), served as files from disk ---
  const editionDir = staticEditionDir();
  if (editionDir) {
    const edition = await startStaticEdition(editionDir, base);
    console.log(
      `loadtest: the static edition (${path.relative(ROOT, editionDir)}/, scripts/static-dir-server.ts) is up at ${edition.origin} (pid ${edition.pid}).`,
    );
    try {
      for (const target of getTargets) {
        const first = await fetchOnce(edition.origin, target);
        if (first.status !== 200) problems.push(`${target.label} (static edition): the first request answered ${first.status}`);
        await drive(edition.origin, target, Math.min(2, seconds), Math.min(10, connections));
        console.log(`loadtest: edition ${target.label} ...`);
        rows.push({ target, server: "edition", result: await drive(edition.origin, target, seconds, connections) });
      }
    } finally {
      await edition.stop();
    }
  } else {
    console.log("loadtest: no static edition in out-static/ (run `npm run build:static` to compare it too).");
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
    console.log(
      `${target.label.padEnd(26)} app ${fmt(appRow.result.requests.average, 1).padStart(9)}  ` +
        `static ${fmt(staticRow.result.requests.average, 1).padStart(9)}  ratio ${fmt(ratio, 3)} ` +
        `(the app does ${fmt(ratio * 100, 1)}% of the baseline's throughput)`,
    );
  }
  if (rows.some((r) => r.server === "edition")) {
    console.log("\nApp vs the static edition served from disk (req/s)\n");
    for (const target of getTargets) {
      const appRow = rows.find((r) => r.target === target && r.server === "app");
      const editionRow = rows.find((r) => r.target === target && r.server === "edition");
      if (!appRow || !editionRow) continue;
      const ratio = appRow.result.requests.average / editionRow.result.requests.average;
      console.log(
        `${target.label.padEnd(26)} app ${fmt(appRow.result.requests.average, 1).padStart(9)}  ` +
          `edition ${fmt(editionRow.result.requests.average, 1).padStart(9)}  ratio ${fmt(ratio, 3)} ` +
          `(the app does ${fmt(ratio * 100, 1)}% of the static edition's throughput)`,
      );
    }
  }

  if (attack) {
    printAttack(attack);
    problems.push(...attack.problems);
  }

  for (const row of rows) {
    if (row.result.errors > 0)
      problems.push(`${row.target.label} (${row.server}): ${row.result.errors} errors, ${row.result.timeouts} of them timeouts`);
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

interface AttackReport {
  seconds: number;
  single: Array<{ name: string; status: number | string; ms: number }>;
  quiet: { pages: AutocannonResult; healthz: AutocannonResult };
  attacked: { pages: AutocannonResult; healthz: AutocannonResult; hostile: AutocannonResult };
  problems: string[];
}

const HOSTILE_CONNECTIONS = 10;
const PAGE_CONNECTIONS = 30;
const HEALTHZ_CONNECTIONS = 10;

/**
 * 40 readers (30 on the code page and the home page in turn, 10 on /healthz), first alone and then while 10
 * connections post hostile pastes to POST /api/classify.
 */
async function readersUnderAttack(origin: string, base: string, seconds: number): Promise<AttackReport> {
  const pastes = hostilePastes();
  const classify = `${base}/api/classify`;
  const pages: Target = {
    label: "pages (code page, home page)",
    path: base + CODE_PATH,
    method: "GET",
    requests: [
      { method: "GET", path: base + CODE_PATH },
      { method: "GET", path: base ? base + HOME_PATH.slice(1) : HOME_PATH },
    ],
  };
  const healthz: Target = { label: "GET /healthz", path: `${base}/healthz`, method: "GET" };
  const hostile: Target = {
    label: "POST /api/classify (hostile)",
    path: classify,
    method: "POST",
    requests: pastes.map((p) => ({
      method: "POST",
      path: classify,
      headers: { "content-type": "text/plain; charset=utf-8" },
      body: p.text,
    })),
  };

  console.log(
    `loadtest: hostile pastes (${pastes.length}, ${(HOSTILE_BYTES / 1024).toFixed(0)} KiB each): ${pastes.map((p) => p.name).join("; ")}.`,
  );
  const single: AttackReport["single"] = [];
  for (const paste of pastes) {
    const t = performance.now();
    let status: number | string;
    try {
      status = (
        await fetchOnce(
          origin,
          { label: paste.name, path: classify, method: "POST", headers: { "content-type": "text/plain; charset=utf-8" }, body: paste.text },
          120_000,
        )
      ).status;
    } catch (err) {
      status = (err as Error).name === "TimeoutError" ? "no answer in 120 s" : (err as Error).message;
    }
    single.push({ name: paste.name, status, ms: performance.now() - t });
    console.log(`loadtest: one hostile paste alone, ${paste.name}: ${status} in ${(performance.now() - t).toFixed(0)} ms.`);
  }

  console.log(`loadtest: readers alone: ${PAGE_CONNECTIONS} connections on pages, ${HEALTHZ_CONNECTIONS} on /healthz, ${seconds} s ...`);
  const [quietPages, quietHealthz] = await Promise.all([
    drive(origin, pages, seconds, PAGE_CONNECTIONS),
    drive(origin, healthz, seconds, HEALTHZ_CONNECTIONS),
  ]);
  console.log(`loadtest: readers under attack: the same, while ${HOSTILE_CONNECTIONS} connections post hostile pastes, ${seconds} s ...`);
  const [attackedPages, attackedHealthz, hostileResult] = await Promise.all([
    drive(origin, pages, seconds, PAGE_CONNECTIONS),
    drive(origin, healthz, seconds, HEALTHZ_CONNECTIONS),
    drive(origin, hostile, seconds, HOSTILE_CONNECTIONS),
  ]);

  const problems: string[] = [];
  for (const [label, result] of [
    ["pages, readers alone", quietPages],
    ["/healthz, readers alone", quietHealthz],
    ["pages under attack", attackedPages],
    ["/healthz under attack", attackedHealthz],
  ] as const) {
    if (result.errors > 0) problems.push(`${label}: ${result.errors} errors, ${result.timeouts} of them timeouts`);
    if (result.non2xx > 0) problems.push(`${label}: ${result.non2xx} non-2xx answers (${statusSummary(result)})`);
  }
  const served = Object.entries(hostileResult.statusCodeStats ?? {}).filter(([code]) => code.startsWith("5") && code !== "503");
  if (served.length > 0)
    problems.push(
      `hostile posts: answered ${served.map(([c, s]) => `${c}×${s.count}`).join(", ")} (expected 200, or 503 past the time budget)`,
    );
  return {
    seconds,
    single,
    quiet: { pages: quietPages, healthz: quietHealthz },
    attacked: { pages: attackedPages, healthz: attackedHealthz, hostile: hostileResult },
    problems,
  };
}

function printAttack(report: AttackReport): void {
  console.log(
    `\nReaders under attack (${PAGE_CONNECTIONS} connections on pages, ${HEALTHZ_CONNECTIONS} on /healthz, ` +
      `${HOSTILE_CONNECTIONS} posting hostile pastes; ${report.seconds} s each)\n`,
  );
  const header = ["run", "target", "req/s avg", "p50 ms", "p99 ms", "max ms", "requests", "errors (timeouts)", "non-2xx", "statuses"];
  const rowOf = (run: string, target: string, r: AutocannonResult) => [
    run,
    target,
    fmt(r.requests.average, 1),
    fmt(r.latency.p50),
    fmt(r.latency.p99),
    fmt((r.latency as Histogram & { max?: number }).max ?? Number.NaN),
    String(r.requests.total),
    `${r.errors} (${r.timeouts})`,
    String(r.non2xx),
    statusSummary(r),
  ];
  const body = [
    rowOf("alone", "pages", report.quiet.pages),
    rowOf("alone", "/healthz", report.quiet.healthz),
    rowOf("attack", "pages", report.attacked.pages),
    rowOf("attack", "/healthz", report.attacked.healthz),
    rowOf("attack", "hostile POST", report.attacked.hostile),
  ];
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i < 2 || i === cells.length - 1 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  console.log(line(header));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const row of body) console.log(line(row));
  const readersNon2xx = report.attacked.pages.non2xx + report.attacked.healthz.non2xx;
  const readersErrors = report.attacked.pages.errors + report.attacked.healthz.errors;
  console.log(
    `\nUnder attack: page p99 ${fmt(report.attacked.pages.latency.p99)} ms (alone ${fmt(report.quiet.pages.latency.p99)} ms), ` +
      `/healthz p99 ${fmt(report.attacked.healthz.latency.p99)} ms (alone ${fmt(report.quiet.healthz.latency.p99)} ms); ` +
      `readers' non-2xx ${readersNon2xx}, errors ${readersErrors}.`,
  );
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
