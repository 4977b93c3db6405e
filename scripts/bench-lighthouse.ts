/**
 * Lighthouse (desktop settings, simulated throttling) against the production
 * build (run `npm run build` first), served by `next start` on a free
 * 127.0.0.1 port. Prints performance, accessibility and best-practices scores
 * per page against the target (95 each) and, for any category under target,
 * the audits that lost points (with the elements or messages concerned).
 * Works offline: only the local server and a local headless Chromium are used.
 *
 *   tsx scripts/bench-lighthouse.ts            # report only, exits 0
 *   tsx scripts/bench-lighthouse.ts --check    # exits 1 when a score is under 95
 *   tsx scripts/bench-lighthouse.ts --save DIR # also writes each page's full report (JSON) to DIR
 *
 * CHROMIUM_PATH overrides the browser (default /usr/bin/chromium).
 */
import fs from "node:fs";
import path from "node:path";
import { addCleanup, buildBasePath, requireBuild, startNextProduction, stopAll } from "./lib/serve-build";
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "./lib/chromium";

const TARGET = 95;
/** `notFound`: the page answers 404 by design, so Lighthouse is told to audit it anyway (ignoreStatusCode). */
const PAGES: Array<{ name: string; path: string; notFound?: boolean }> = [
  { name: "home", path: "/" },
  { name: "code page", path: "/codes/APIG.0301" },
  { name: "404 (unknown code)", path: "/codes/VPC.0301", notFound: true },
  { name: "diagnose", path: "/diagnose" },
  { name: "zh home", path: "/zh" },
  { name: "zh code page", path: "/zh/codes/APIG.0301" },
  { name: "zh 404 (unknown code)", path: "/zh/codes/VPC.0301", notFound: true },
  { name: "zh diagnose", path: "/zh/diagnose" },
];
const CATEGORIES = ["performance", "accessibility", "best-practices"] as const;
type Category = (typeof CATEGORIES)[number];
const CHROME_FLAGS = ["--headless=new", ...CHROMIUM_FLAGS];
const RUN_TIMEOUT_MS = 180_000;

interface AuditResult {
  id: string;
  title: string;
  score: number | null;
  scoreDisplayMode: string;
  displayValue?: string;
  details?: { type?: string; items?: Array<Record<string, unknown>> };
}
interface CategoryResult {
  score: number | null;
  auditRefs: Array<{ id: string; weight: number; group?: string }>;
}
interface PageResult {
  name: string;
  path: string;
  scores: Partial<Record<Category, number | null>>;
  failing: Partial<Record<Category, string[]>>;
  error?: string;
}

function describeItem(item: Record<string, unknown>): string {
  const node = item.node as { selector?: string; snippet?: string; nodeLabel?: string } | undefined;
  if (node && (node.selector || node.snippet)) {
    return [node.selector, node.snippet].filter(Boolean).join("  ") + (node.nodeLabel ? `  ("${node.nodeLabel.slice(0, 80)}")` : "");
  }
  const location = item.sourceLocation as { url?: string } | undefined;
  if (typeof item.description === "string" && location?.url) return `${item.description}  (${location.url})`;
  for (const key of ["description", "url", "source", "label"]) {
    const value = item[key];
    if (typeof value === "string" && value) return value.slice(0, 200);
    if (value && typeof value === "object" && typeof (value as { url?: unknown }).url === "string") {
      return (value as { url: string }).url;
    }
  }
  return JSON.stringify(item).slice(0, 200);
}

/** The audits that cost a category points: weighted audits scored under 1 (metrics under 0.9), plus failed opportunities. */
function losingAudits(category: CategoryResult, audits: Record<string, AuditResult>, name: Category): string[] {
  const lines: string[] = [];
  for (const ref of category.auditRefs) {
    const audit = audits[ref.id];
    if (!audit || audit.score === null) continue;
    if (audit.scoreDisplayMode === "notApplicable" || audit.scoreDisplayMode === "manual" || audit.scoreDisplayMode === "informative")
      continue;
    const isMetric = ref.group === "metrics";
    const threshold = isMetric ? 0.9 : 1;
    if (audit.score >= threshold) continue;
    if (name === "performance" && ref.weight === 0 && audit.score >= 0.9) continue;
    const value = audit.displayValue ? ` — ${audit.displayValue}` : "";
    lines.push(
      `${audit.title} [${audit.id}] score ${Math.round(audit.score * 100)}${value}${ref.weight > 0 ? ` (weight ${ref.weight})` : ""}`,
    );
    const items = audit.details?.items ?? [];
    if (name !== "performance" || ref.weight === 0) {
      for (const item of items.slice(0, 6)) lines.push(`    · ${describeItem(item)}`);
      if (items.length > 6) lines.push(`    · … and ${items.length - 6} more`);
    }
  }
  if (name === "performance") {
    const longTasks = audits["long-tasks"]?.details?.items ?? [];
    if (longTasks.length > 0) {
      lines.push("Long main-thread tasks (observed, unthrottled):");
      for (const task of longTasks.slice(0, 5)) {
        lines.push(`    · ${Math.round(Number(task.duration))} ms  ${String(task.url)}`);
      }
    }
  }
  return lines;
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took over ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function printTable(results: PageResult[]): void {
  const header = ["page", "path", ...CATEGORIES.map((c) => `${c} (≥${TARGET})`)];
  const rows = results.map((r) => [
    r.name,
    r.path,
    ...CATEGORIES.map((c) => {
      const score = r.scores[c];
      if (r.error) return "error";
      if (score === null || score === undefined) return "n/a";
      return `${score}${score < TARGET ? " FAIL" : " ok"}`;
    }),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  console.log(line(header));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const row of rows) console.log(line(row));
}

async function main(): Promise<number> {
  const check = process.argv.includes("--check");
  const saveIndex = process.argv.indexOf("--save");
  const saveDir = saveIndex !== -1 ? process.argv[saveIndex + 1] : undefined;
  if (saveIndex !== -1 && !saveDir) {
    console.error("bench-lighthouse: --save needs a directory");
    return 1;
  }
  requireBuild("bench-lighthouse");
  const chromePath = CHROMIUM_PATH;
  if (!fs.existsSync(chromePath)) {
    console.error(`bench-lighthouse: no browser at ${chromePath}; set CHROMIUM_PATH or run \`bash scripts/ensure-deps.sh --browser\`.`);
    return 1;
  }
  if (saveDir) fs.mkdirSync(saveDir, { recursive: true });

  // Loaded with import() on purpose: a static import in this file (which tsx runs as CommonJS)
  // makes tsx convert these ES modules with esbuild, whose injected `__name` helper then breaks
  // the functions Lighthouse serialises into the page ("ReferenceError: __name is not defined").
  const [{ default: lighthouse, desktopConfig }, chromeLauncher] = await Promise.all([import("lighthouse"), import("chrome-launcher")]);

  const base = buildBasePath();
  const server = await startNextProduction();
  console.log(`bench-lighthouse: next start is up at ${server.origin} (pid ${server.pid}); browser ${chromePath}.`);

  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROME_FLAGS, handleSIGINT: false, logLevel: "silent" });
  const removeCleanup = addCleanup(() => chrome.kill());
  const results: PageResult[] = [];
  try {
    for (const page of PAGES) {
      const url = server.origin + base + page.path;
      console.log(`bench-lighthouse: ${page.name} ${url} ...`);
      const result: PageResult = { name: page.name, path: page.path, scores: {}, failing: {} };
      try {
        const run = await withTimeout(
          lighthouse(
            url,
            {
              port: chrome.port,
              output: "json",
              logLevel: "error",
              onlyCategories: [...CATEGORIES],
              ignoreStatusCode: page.notFound === true,
            },
            desktopConfig,
          ),
          RUN_TIMEOUT_MS,
          `Lighthouse on ${page.path}`,
        );
        if (!run) throw new Error("Lighthouse returned no result");
        const lhr = run.lhr;
        if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
        for (const warning of lhr.runWarnings ?? []) console.log(`  warning: ${warning}`);
        const audits = lhr.audits as unknown as Record<string, AuditResult>;
        for (const name of CATEGORIES) {
          const category = lhr.categories[name] as unknown as CategoryResult | undefined;
          const score = category?.score === null || category?.score === undefined ? null : Math.round(category.score * 100);
          result.scores[name] = score;
          if (category && score !== null && score < TARGET) result.failing[name] = losingAudits(category, audits, name);
        }
        if (saveDir) {
          const file = path.join(saveDir, `${page.name.replace(/[^A-Za-z0-9]+/g, "-").replace(/-+$/, "")}.json`);
          fs.writeFileSync(file, JSON.stringify(lhr, null, 1));
        }
      } catch (err) {
        result.error = err instanceof Error ? err.message : String(err);
        if (process.env.DEBUG_LH) console.error(err);
        console.log(`  error: ${result.error}`);
      }
      results.push(result);
    }
  } finally {
    chrome.kill();
    removeCleanup();
    await server.stop();
  }

  console.log(`\nLighthouse 12 (desktop, simulated throttling), target ≥ ${TARGET} in each category\n`);
  printTable(results);
  let under = false;
  for (const r of results) {
    if (r.error) {
      under = true;
      console.log(`\n${r.name} (${r.path}): not measured: ${r.error}`);
      continue;
    }
    for (const name of CATEGORIES) {
      const lines = r.failing[name];
      const score = r.scores[name];
      if (score === null || score === undefined || score >= TARGET) continue;
      under = true;
      console.log(`\n${r.name} (${r.path}) ${name} ${score}: audits that lost points`);
      for (const line of lines ?? []) console.log(`  ${line}`);
    }
  }
  if (!under) console.log(`\nOK: every page scores at least ${TARGET} in every category.`);
  return check && under ? 1 : 0;
}

main()
  .then(async (code) => {
    await stopAll();
    process.exit(code);
  })
  .catch(async (err: unknown) => {
    console.error(err instanceof Error ? (err.stack ?? err.message) : err);
    await stopAll();
    process.exit(1);
  });
