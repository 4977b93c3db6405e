/**
 * Search benchmark: per-query time (p50, p95) over a fixed list of queries, at
 * the real catalogue and at a generated catalogue of 10,000 entries, and the
 * size of what the browser is shipped (generated/search-docs.json +
 * generated/search-index.json), raw and gzip.
 *
 *   npx tsx scripts/bench-search.ts [--runs 200] [--size 10000]
 *
 * Targets: p95 < 1 ms at the real size, < 16 ms at 10,000 entries (Node).
 */
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { CatalogueError, loadCatalogue, parseEntryFile } from "../lib/catalogue/load";
import type { Entry } from "../lib/catalogue/schema";
import { parseTranslationFile } from "../lib/catalogue/translation";
import { KNOWN_FAMILIES } from "../lib/codes/families";
import { compactDocs, toSearchDocs, type SearchDoc } from "../lib/search/documents";
import { buildSearchIndex } from "../lib/search/index-build";
import { createSearcher, type SearcherTuning } from "../lib/search/search";

const root = process.cwd();

const BENCH_QUERIES = [
  // codes, in many spellings
  "APIG.0308",
  "apig0308",
  "APIG-0308",
  "0308",
  "4204",
  "ais 101",
  "modelarts.4603",
  "apigw 03",
  "429",
  // message fragments, some with typos
  "throttling threshold",
  "throtling threshhold has been reached",
  "Incorrect IAM authentcation information",
  "imge format not suported",
  "The Obs file is not exist",
  "Backend service internal eror",
  "token must be updated",
  "Failed to obtain the temporary AK/SK",
  "request entity too large",
  "max concurency",
  "The API XXX is not subscribed",
  // symptoms in plain words
  "rate limit",
  "expired token",
  "quota",
  "bucket",
  "base64",
  "signature",
  "image too big",
  "account suspended balance",
  "timeout",
  "access denied",
  "x-auth-token missing",
  "wrong region",
  // Chinese, and Chinese with English (the index holds both languages)
  "图片太大了怎么办",
  "欠费",
  "账号被冻结了",
  "鉴权失败",
  "身份证识别失败",
  "后端服务不可用",
  "OBS桶",
  "APIG.0308 限流",
  "401 鉴权失败",
  "token 过期",
];

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i !== -1 && process.argv[i + 1] ? Number(process.argv[i + 1]) : fallback;
}

function loadEnglish(): { entries: Entry[]; note: string } {
  const dir = path.join(root, "content", "codes");
  try {
    return { entries: loadCatalogue(dir, root), note: "" };
  } catch (error) {
    if (!(error instanceof CatalogueError)) throw error;
    // Content still being written: bench the files that validate on their own.
    const entries: Entry[] = [];
    for (const name of fs.readdirSync(dir).filter((f) => f.endsWith(".md"))) {
      const { entry } = parseEntryFile(`content/codes/${name}`, fs.readFileSync(path.join(dir, name), "utf8"));
      if (entry) entries.push(entry);
    }
    return {
      entries,
      note: ` (catalogue does not load yet: ${error.problems.length} problem(s); using the ${entries.length} files that parse)`,
    };
  }
}

/** The English entries with their Chinese text (content/zh/codes), as the build ships them; a missing or bad Chinese file is left out. */
function loadEntries(): { entries: Entry[]; note: string } {
  const { entries, note } = loadEnglish();
  const dir = path.join(root, "content", "zh", "codes");
  let withZh = 0;
  for (const entry of entries) {
    const file = path.join(dir, `${entry.slug}.md`);
    if (!fs.existsSync(file)) continue;
    const { text } = parseTranslationFile(`content/zh/codes/${entry.slug}.md`, fs.readFileSync(file, "utf8"), entry);
    if (text) {
      entry.zh = text;
      withZh++;
    }
  }
  return { entries, note: `${note}${withZh < entries.length ? ` (Chinese text for ${withZh} of ${entries.length})` : ""}` };
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A catalogue of `size` entries derived from the real one: unique codes, reworded messages, mixed causes. */
function syntheticDocs(real: readonly SearchDoc[], size: number, seed = 42): SearchDoc[] {
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const vocabulary = [...new Set(real.flatMap((d) => [...d.messages, d.summary].join(" ").split(/\s+/)))].filter((w) => w.length > 3);
  const keywords = [...new Set(real.flatMap((d) => d.keywords))];
  const reword = (text: string): string =>
    text
      .split(" ")
      .map((word) => (random() < 0.25 ? pick(vocabulary) : word))
      .join(" ");
  const docs: SearchDoc[] = [];
  for (let i = 0; i < size; i++) {
    const base = real[i % real.length]!;
    const other = pick(real);
    const family = KNOWN_FAMILIES[i % KNOWN_FAMILIES.length];
    const code = `${family}.${String(Math.floor(i / KNOWN_FAMILIES.length)).padStart(4, "0")}`;
    const message = i < real.length ? base.message : reword(base.message);
    docs.push({
      ...base,
      slug: code,
      code,
      message,
      summary: reword(base.summary),
      messages: [message, ...base.messages.slice(1).map(reword)],
      keywords: [...base.keywords.filter(() => random() < 0.7), pick(keywords), pick(keywords)],
      causes: [...base.causes.slice(0, 2).map(reword), ...other.causes.slice(0, 2)],
      steps: [...base.steps.slice(0, 4).map(reword), ...other.steps.slice(0, 3)],
    });
  }
  return docs;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function bytes(n: number): string {
  return n >= 1024 ? `${(n / 1024).toFixed(1)} KiB` : `${n} B`;
}

interface Run {
  label: string;
  entries: number;
  buildMs: number;
  startMs: number;
  perQuery: { query: string; p50: number; p95: number; top: string }[];
  p50: number;
  p95: number;
  max: number;
}

function bench(label: string, docs: SearchDoc[], runs: number, tuning: SearcherTuning): Run {
  let t = performance.now();
  const index = buildSearchIndex(docs);
  const buildMs = performance.now() - t;
  // What the browser does: parse the shipped JSON and create the searcher.
  const docsText = JSON.stringify(compactDocs(docs));
  const indexText = JSON.stringify(index);
  t = performance.now();
  const search = createSearcher(JSON.parse(docsText), JSON.parse(indexText), tuning);
  const startMs = performance.now() - t;

  const all: number[] = [];
  const perQuery: Run["perQuery"] = [];
  for (const query of BENCH_QUERIES) {
    for (let i = 0; i < 5; i++) search(query); // warm-up
  }
  const samples = new Map<string, number[]>(BENCH_QUERIES.map((q) => [q, []]));
  // Interleave the queries so that no one query gets a warm cache for all its runs.
  for (let r = 0; r < runs; r++) {
    for (const query of BENCH_QUERIES) {
      const start = performance.now();
      search(query);
      const ms = performance.now() - start;
      samples.get(query)!.push(ms);
      all.push(ms);
    }
  }
  for (const query of BENCH_QUERIES) {
    const s = samples.get(query)!.sort((a, b) => a - b);
    const top = search(query)[0]?.doc.slug ?? "(none)";
    perQuery.push({ query, p50: percentile(s, 50), p95: percentile(s, 95), top });
  }
  all.sort((a, b) => a - b);
  return {
    label,
    entries: docs.length,
    buildMs,
    startMs,
    perQuery,
    p50: percentile(all, 50),
    p95: percentile(all, 95),
    max: all[all.length - 1]!,
  };
}

function main(): void {
  const runs = arg("runs", 200);
  const size = arg("size", 10_000);
  // --extra, --values and --per-key override the searcher's tuning, to try other trade-offs.
  const tuning: SearcherTuning = {};
  if (process.argv.includes("--extra")) tuning.extraCandidates = arg("extra", 0);
  if (process.argv.includes("--values")) tuning.maxValuesPerRecord = arg("values", 0);
  if (process.argv.includes("--per-key")) tuning.maxValuesPerKey = arg("per-key", 0);
  const { entries, note } = loadEntries();
  const docs = toSearchDocs(entries);

  const real = bench(`real catalogue${note}`, docs, runs, tuning);
  const big = bench(`generated catalogue`, syntheticDocs(docs, size), Math.max(10, Math.round(runs / 10)), tuning);

  const ms = (n: number) => n.toFixed(3).padStart(8);
  console.log(
    `\nSearch benchmark (Node ${process.version}), ${runs} runs per query at the real size, ${big.perQuery.length ? Math.max(10, Math.round(runs / 10)) : 0} at ${size}\n`,
  );
  const width = Math.max(...BENCH_QUERIES.map((q) => q.length)) + 2;
  console.log(`${"query".padEnd(width)}| real p50 | real p95 | real top         | ${size} p50 | ${size} p95`);
  console.log(
    `${"-".repeat(width)}|----------|----------|------------------|${"-".repeat(String(size).length + 6)}|${"-".repeat(String(size).length + 5)}`,
  );
  real.perQuery.forEach((row, i) => {
    const b = big.perQuery[i]!;
    console.log(
      `${row.query.padEnd(width)}|${ms(row.p50)}  |${ms(row.p95)}  | ${row.top.padEnd(17)}|${ms(b.p50).padStart(String(size).length + 5)} |${ms(b.p95).padStart(String(size).length + 4)}`,
    );
  });
  console.log("");
  for (const run of [real, big]) {
    const target = run === real ? 1 : 16;
    const verdict = run.p95 < target ? "OK" : "OVER";
    console.log(
      `${run.label}: ${run.entries} entries | all queries p50 ${run.p50.toFixed(3)} ms, p95 ${run.p95.toFixed(3)} ms (target < ${target} ms: ${verdict}), max ${run.max.toFixed(3)} ms | index build ${run.buildMs.toFixed(0)} ms, searcher start ${run.startMs.toFixed(1)} ms`,
    );
  }

  // What the browser downloads: the files scripts/build-data.ts writes.
  const docsJson = JSON.stringify(compactDocs(docs));
  const indexJson = JSON.stringify(buildSearchIndex(docs));
  const gz = (s: string) => zlib.gzipSync(s, { level: 9 }).length;
  // Bytes as UTF-8, as the files are written (a Chinese character is three bytes).
  const raw = (s: string) => Buffer.byteLength(s, "utf8");
  console.log("\nShipped to the browser (real catalogue):");
  console.log(`  generated/search-docs.json   raw ${bytes(raw(docsJson)).padStart(10)}   gzip ${bytes(gz(docsJson)).padStart(10)}`);
  console.log(`  generated/search-index.json  raw ${bytes(raw(indexJson)).padStart(10)}   gzip ${bytes(gz(indexJson)).padStart(10)}`);
  console.log(
    `  total                        raw ${bytes(raw(docsJson) + raw(indexJson)).padStart(10)}   gzip ${bytes(gz(docsJson) + gz(indexJson)).padStart(10)}`,
  );
  const fuseFile = path.join(root, "node_modules", "fuse.js", "dist", "fuse.min.mjs");
  if (fs.existsSync(fuseFile)) {
    const fuse = fs.readFileSync(fuseFile, "utf8");
    console.log(`  (fuse.js itself, min:        raw ${bytes(fuse.length).padStart(10)}   gzip ${bytes(gz(fuse)).padStart(10)})`);
  }

  const failed = real.p95 >= 1 || big.p95 >= 16;
  if (process.argv.includes("--check") && failed) process.exit(1);
}

main();
