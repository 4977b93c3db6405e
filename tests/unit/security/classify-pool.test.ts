/**
 * The classify pool behind POST /api/classify: the classifier runs in worker
 * threads; a paste past its time budget is stopped and reported, the queue
 * is capped, and the thread that asked is never blocked meanwhile.
 */
import path from "node:path";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { ClassifyPool, settingsFromEnv } from "../../../lib/server/classify-pool";

const worker = path.join(process.cwd(), "generated", "classify-worker.mjs");
/** About a second of work for the classifier: a 1 MiB paste of codes on one line. */
const costly = "APIG.0308 ".repeat(100_000);

beforeAll(() => {
  // `npm run test:unit` runs `npm run data` first; build the worker when the test runs on its own.
  if (!fs.existsSync(worker)) execFileSync("npx", ["tsx", "scripts/build-data.ts"], { stdio: "ignore" });
});

let pool: ClassifyPool | null = null;
afterEach(async () => {
  await pool?.close();
  pool = null;
});

describe("the classify pool", { timeout: 30_000 }, () => {
  it("classifies in a worker thread and answers as the API does", async () => {
    pool = new ClassifyPool({ threads: 1, queue: 2, budgetMs: 10_000, filename: worker });
    const answer = await pool.classify('{"error_code":"APIG.0308","error_msg":"x"}', "/ocr-errors");
    expect(answer.ok).toBe(true);
    if (answer.ok) expect(answer.result.findings[0]).toMatchObject({ code: "APIG.0308", entry: { url: "/ocr-errors/codes/APIG.0308" } });
  });

  it("stops a paste past its budget, says so, and serves the next paste", async () => {
    pool = new ClassifyPool({ threads: 1, queue: 2, budgetMs: 10_000, filename: worker });
    await pool.classify("AIS.0101", ""); // the thread is up
    const started = performance.now();
    const answer = await pool.classify(costly, "", 100);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(answer).toMatchObject({ ok: false, reason: "too-costly" });
    if (!answer.ok) expect(answer.detail).toContain("stopped after 100 ms");
    // The stopped thread is replaced: the same pool reads the next paste.
    const next = await pool.classify("AIS.0101", "");
    expect(next.ok).toBe(true);
  });

  it("keeps the asking thread free while a costly paste runs", async () => {
    pool = new ClassifyPool({ threads: 1, queue: 2, budgetMs: 10_000, filename: worker });
    await pool.classify("AIS.0101", ""); // the thread is up
    let ticks = 0;
    const timer = setInterval(() => ticks++, 5);
    await pool.classify(costly, "");
    clearInterval(timer);
    // A classifier on this thread would have blocked every tick until it finished.
    expect(ticks).toBeGreaterThan(5);
  });

  it("answers busy instead of queueing without bound", async () => {
    pool = new ClassifyPool({ threads: 1, queue: 1, budgetMs: 10_000, filename: worker });
    const answers = await Promise.all(Array.from({ length: 5 }, () => pool!.classify(costly, "")));
    const busy = answers.filter((a) => !a.ok && a.reason === "busy");
    expect(busy.length).toBeGreaterThanOrEqual(2);
    expect(answers.some((a) => a.ok)).toBe(true);
  });

  it("reads its settings from the environment, with sensible defaults", () => {
    expect(settingsFromEnv({ CLASSIFY_THREADS: "3", CLASSIFY_QUEUE: "7", CLASSIFY_TIME_BUDGET_MS: "900" })).toMatchObject({
      threads: 3,
      queue: 7,
      budgetMs: 900,
    });
    const defaults = settingsFromEnv({ CLASSIFY_THREADS: "zero", CLASSIFY_QUEUE: "-1" });
    expect(defaults.threads).toBeGreaterThanOrEqual(1);
    expect(defaults.queue).toBe(64);
    expect(defaults.budgetMs).toBe(5000);
  });
});
