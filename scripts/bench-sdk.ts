/**
 * Times the SDK contract suite (tests/contract): the real Huawei Node.js SDK
 * calling a fake OCR endpoint for every catalogue entry, and every printed
 * form of every failure classified. Prints the suite's wall time, the number
 * of checks, and the time the classifier spent per form.
 *
 * Usage: npx tsx scripts/bench-sdk.ts
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";

const report = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "ocr-desk-bench-sdk-")), "report.json");
const started = performance.now();
const run = spawnSync("npx", ["vitest", "run", "tests/contract", "--reporter=json", `--outputFile=${report}`], {
  encoding: "utf8",
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
});
const wall = performance.now() - started;
if (run.status !== 0 || !fs.existsSync(report)) {
  console.error(run.stdout.slice(-2000), run.stderr.slice(-2000));
  console.error("bench-sdk: the contract suite failed; fix it before reading its time");
  process.exit(1);
}
const result = JSON.parse(fs.readFileSync(report, "utf8")) as {
  numTotalTests: number;
  numPassedTests: number;
  testResults: Array<{
    startTime: number;
    endTime: number;
    assertionResults: Array<{ ancestorTitles: string[]; duration: number | null }>;
  }>;
};
const byForm = new Map<string, { n: number; ms: number }>();
for (const file of result.testResults) {
  for (const a of file.assertionResults) {
    const form = a.ancestorTitles.find((t) => t.startsWith("printed as "));
    if (!form) continue;
    const row = byForm.get(form) ?? { n: 0, ms: 0 };
    row.n++;
    row.ms += a.duration ?? 0;
    byForm.set(form, row);
  }
}
const suiteMs = result.testResults.reduce((sum, f) => sum + (f.endTime - f.startTime), 0);
console.log("SDK contract suite (real @huaweicloud/huaweicloud-sdk-core against a fake endpoint)");
console.log(`  checks passed        ${result.numPassedTests} of ${result.numTotalTests}`);
console.log(`  suite time           ${(suiteMs / 1000).toFixed(2)} s (calls, printing and classifying)`);
console.log(`  wall time with vitest ${(wall / 1000).toFixed(2)} s`);
for (const [form, row] of byForm) {
  console.log(`  ${form.padEnd(26)} ${String(row.n).padStart(4)} cases   ${(row.ms / row.n).toFixed(2).padStart(6)} ms per case`);
}
