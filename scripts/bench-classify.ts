/**
 * Times the classifier on inputs of growing size, on whole service logs in
 * which 1% of the lines are errors, and on text built to make regular
 * expressions backtrack. Prints p50 and mean per input, and milliseconds per
 * MB, which should stay roughly flat if time grows linearly.
 *
 * Usage: npx tsx scripts/bench-classify.ts [--runs N]
 */
import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { CatalogueError, compareEntries, loadCatalogue, parseEntryFile } from "../lib/catalogue/load";
import type { Entry } from "../lib/catalogue/schema";
import { loadClassifierData } from "../lib/catalogue/content";
import { createClassifier } from "../lib/classify";

const root = process.cwd();
const codesDir = path.join(root, "content", "codes");

function loadEntries(): Entry[] {
  try {
    return loadCatalogue(codesDir, root);
  } catch (error) {
    if (!(error instanceof CatalogueError)) throw error;
    // The catalogue has cross-file problems (content still being written):
    // timing only needs the entries that parse on their own.
    console.warn(`bench: catalogue has ${error.problems.length} problem(s); timing with the entries that parse on their own`);
    const entries: Entry[] = [];
    for (const name of fs.readdirSync(codesDir).filter((n) => n.endsWith(".md"))) {
      const { entry } = parseEntryFile(name, fs.readFileSync(path.join(codesDir, name), "utf8"));
      if (entry) entries.push(entry);
    }
    return entries.sort(compareEntries);
  }
}

const runsArg = process.argv.indexOf("--runs");
const RUNS = runsArg !== -1 ? Math.max(1, Number(process.argv[runsArg + 1]) || 5) : 5;

const KB = 1024;
const MB = 1024 * KB;

const pastes: string[] = (
  JSON.parse(fs.readFileSync(path.join(root, "tests/fixtures/real-pastes.json"), "utf8")).items as Array<{ text: string }>
).map((i) => i.text);

const filler = [
  "2024-05-01T10:00:00.123Z INFO  worker-3 processed batch 1289 in 412 ms (ok=12, failed=0)",
  "GET /v2/0123456789abcdef0123456789abcdef/ocr/general-text HTTP/1.1 host=ocr.cn-north-4.myhuaweicloud.com",
  "用户调用服务成功,返回结果正常。请在控制台查看详细信息。",
  "DEBUG retry policy: max_attempts=3 backoff=2.0s jitter=true",
];

/** Real pastes interleaved with ordinary log lines, up to `size` characters. */
function realistic(size: number): string {
  const parts: string[] = [];
  let length = 0;
  let i = 0;
  while (length < size) {
    const piece = i % 3 === 0 ? pastes[(i / 3) % pastes.length]! : filler[i % filler.length]!;
    parts.push(piece);
    length += piece.length + 1;
    i++;
  }
  return parts.join("\n").slice(0, size);
}

const errorLines = [
  (i: number, t: string) =>
    `${t} ERROR [ocr-worker-${i % 8}] request_id=${(i * 7919).toString(16).padStart(32, "0")} OCR call failed: {"error_code":"APIG.0308","error_msg":"The throttling threshold has been reached: policy user over ratelimit,limit:20,time:1 minute.","request_id":"${(i * 7919).toString(16).padStart(32, "0")}"}`,
  (_i: number, t: string) =>
    `${t} WARN  recognition rejected: {"error_code":"AIS.0103","error_msg":"The image size does not meet the requirements."}`,
  (i: number, t: string) =>
    `${t} ERROR OCR call failed\nhuaweicloudsdkcore.exceptions.exceptions.ClientRequestException: ClientRequestException - {status_code:401,request_id:${(i * 104729).toString(16).padStart(32, "0")},error_code:APIG.0301,error_msg:Incorrect IAM authentication information: token expires, expires_at: 2024-05-01T00:00:00Z,encoded_authorization_message:None }`,
];

/** A service log of about `size` characters in which one line in a hundred is an error. */
function serviceLog(size: number): { text: string; errors: number } {
  const parts: string[] = [];
  let length = 0;
  let errors = 0;
  for (let i = 0; length < size; i++) {
    const seconds = Math.floor(i / 10);
    const t = `2024-05-01 ${String(10 + (Math.floor(seconds / 3600) % 14)).padStart(2, "0")}:${String(Math.floor(seconds / 60) % 60).padStart(2, "0")}:${String(seconds % 60).padStart(2, "0")},${String(i % 1000).padStart(3, "0")}`;
    const line = i % 100 === 99 ? errorLines[errors++ % errorLines.length]!(i, t) : `${t} ${filler[i % filler.length]}`;
    parts.push(line);
    length += line.length + 1;
  }
  return { text: parts.join("\n"), errors };
}

function repeat(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

const adversarial: Array<[string, string]> = [
  ['"error_code" prefixes', repeat("error_code:error_msg:", MB)],
  ["{{{{ opening braces", repeat("{", MB)],
  ['"a":" repeated', repeat('"a":"', MB)],
  ['{"a":{"a": nesting', repeat('{"a":', MB)],
  ["digits", repeat("0123456789", MB)],
  ["dots", repeat(".", MB)],
  ['"ModelArts." repeated', repeat("ModelArts.", MB)],
  ["letters, no separator", repeat("a", MB)],
  ["spaces then x", `${repeat(" ", MB - 1)}x`],
  ["status_code labels", repeat("status_code:4", MB)],
  ["Authorization: lines", repeat("Authorization: SDK-HMAC-SHA256 Access=", MB)],
  ["message openings", repeat("Incorrect IAM authentication information", MB)],
  ["backslash quotes", repeat('{\\"', MB)],
  ["<Code> elements", repeat("<Error><Code>A", MB)],
  ["Code=Word labels", repeat("error Code=AbCdEfGh", MB)],
  ["table cells", repeat("| 502 ", MB)],
  ["timestamps", repeat("2024-05-01 10:00:0", MB)],
  ["request_id= labels", repeat("request_id=", MB)],
  ["colour codes", repeat("\u001b[1;", MB)],
  ["codes on one long line", repeat("APIG.0308 ", MB)],
  ["message labels after a code", repeat("errorCode=AccessDenied Message=", MB)],
];

function time(classify: (t: string) => unknown, text: string): { p50: number; mean: number } {
  classify(text); // warm-up
  const times: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const t0 = performance.now();
    classify(text);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { p50: times[Math.floor(times.length / 2)]!, mean: times.reduce((a, b) => a + b, 0) / times.length };
}

function row(label: string, text: string, classify: (t: string) => unknown): void {
  const { p50, mean } = time(classify, text);
  const mb = text.length / MB;
  console.log(
    `${label.padEnd(34)} ${(text.length / KB).toFixed(0).padStart(7)} KB   p50 ${p50.toFixed(1).padStart(8)} ms   mean ${mean
      .toFixed(1)
      .padStart(8)} ms   ${(p50 / mb).toFixed(1).padStart(8)} ms/MB`,
  );
}

const entries = loadEntries();
const classify = createClassifier(loadClassifierData(entries, root));
console.log(`bench: ${entries.length} catalogue entries, ${RUNS} runs per input (after one warm-up)\n`);
console.log("realistic input (real pastes + log lines)");
for (const [label, size] of [
  ["1 KB", KB],
  ["100 KB", 100 * KB],
  ["1 MB", MB],
  ["5 MB", 5 * MB],
] as const) {
  row(label, realistic(size), classify);
}
console.log("\nservice logs, 1% of lines are errors");
for (const [label, size] of [
  ["1 MB log", MB],
  ["5 MB log", 5 * MB],
] as const) {
  const log = serviceLog(size);
  row(`${label} (${log.errors} errors)`, log.text, classify);
  const found = (classify(log.text) as { findings: Array<{ code: string | null; count: number }> }).findings;
  console.log(`${"".padEnd(34)} found ${found.map((f) => `${f.code} x${f.count}`).join(", ")}`);
}
console.log("\nadversarial input, 1 MB each");
for (const [label, text] of adversarial) row(label, text, classify);
