/**
 * Command-line diagnosis: paste an error (a body, an SDK exception, a curl
 * transcript, a log) and get the catalogue entry, cause and first steps.
 *
 *   npx tsx scripts/classify.ts [--json] [FILE | -]
 *
 * Reads FILE, or standard input when FILE is missing or "-". Exit code 0
 * when at least one error was found, 1 when none, 2 on bad usage or an
 * unreadable input or catalogue.
 */
import fs from "node:fs";
import path from "node:path";
import { CatalogueError, loadCatalogue } from "../lib/catalogue/load";
import type { Entry } from "../lib/catalogue/schema";
import { createClassifier, type ClassifyResult, type Finding } from "../lib/classify";

const USAGE = `Usage: npx tsx scripts/classify.ts [--json] [FILE | -]

Classifies the Huawei Cloud OCR errors in FILE (or standard input when FILE
is missing or "-"): codes, messages, SDK exceptions, HTTP transcripts, logs.
Secrets (tokens, Authorization headers, AK/SK, signatures) are masked in
everything printed.

Options:
  --json      print {"findings": [...], "redactions": N} instead of text
  -h, --help  show this help

Exit codes: 0 an error was found, 1 nothing was found, 2 bad usage.`;

const LAYER_NAMES: Record<string, string> = {
  ocr: "OCR service",
  modelarts: "ModelArts platform",
  apig: "API Gateway (APIG)",
  apigw: "API Gateway (APIGW)",
};

function fail(message: string): never {
  process.stderr.write(`classify: ${message}\nTry --help.\n`);
  process.exit(2);
}

interface Options {
  json: boolean;
  file: string | null;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { json: false, file: null };
  let files = 0;
  for (const arg of argv) {
    if (arg === "-h" || arg === "--help") {
      process.stdout.write(USAGE + "\n");
      process.exit(0);
    } else if (arg === "--json") options.json = true;
    else if (arg.startsWith("-") && arg !== "-") fail(`unknown option ${arg}`);
    else {
      files++;
      if (files > 1) fail("give at most one FILE (or - for standard input)");
      options.file = arg;
    }
  }
  return options;
}

function readInput(file: string | null): string {
  if (file === null || file === "-") {
    if (process.stdin.isTTY) process.stderr.write("classify: reading the error from standard input (end with Ctrl-D)\n");
    try {
      return fs.readFileSync(0, "utf8");
    } catch (error) {
      fail(`cannot read standard input: ${(error as Error).message}`);
    }
  }
  try {
    return fs.readFileSync(file, "utf8");
  } catch (error) {
    fail(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

function percent(n: number): string {
  return `${Math.round(n * 100)}%`;
}

function describe(f: Finding, entry: Entry | undefined, index: number): string {
  const lines: string[] = [];
  const seen = f.count > 1 ? `, seen ${f.count} times` : "";
  const how = `matched by ${f.matchedBy}, confidence ${percent(f.confidence)}${seen}`;
  if (entry) {
    const label = entry.code ?? `(no code) ${entry.message}`;
    lines.push(`${index}. ${label}: ${entry.summary}`);
    lines.push(`   (${how})`);
  } else if (f.code) {
    const whose = f.layer ? `a ${f.family} code that is not in this catalogue` : `another service's code (family ${f.family ?? "unknown"}), not in this catalogue`;
    lines.push(`${index}. ${f.code}: ${whose}`);
    lines.push(`   (${how})`);
  } else {
    lines.push(`${index}. Unrecognised error (${how})`);
  }
  if (f.code && f.codeAsWritten && f.codeAsWritten !== f.code) lines.push(`   Written as:   ${f.codeAsWritten}`);
  if (f.layer) lines.push(`   Layer:        ${LAYER_NAMES[f.layer] ?? f.layer}`);
  if (f.httpStatus !== null) {
    lines.push(`   HTTP status:  ${f.httpStatus}${f.httpStatusSource === "catalogue" ? " (documented; not shown in the paste)" : ""}`);
  }
  if (f.requestId) lines.push(`   Request id:   ${f.requestId}`);
  if (f.message) lines.push(`   Message:      ${f.message.length > 300 ? f.message.slice(0, 300) + "…" : f.message}`);
  const values = Object.entries(f.values);
  if (values.length > 0) lines.push(`   Values:       ${values.map(([k, v]) => `${k}=${v}`).join(", ")}`);
  if (entry) {
    const cause = entry.causes.find((c) => c.id === f.causeId);
    if (cause) {
      lines.push(`   Cause:        ${cause.title}`);
      lines.push(`                 ${cause.tell}`);
      lines.push("   First steps:");
      cause.steps.slice(0, 3).forEach((step, i) => {
        lines.push(`     ${i + 1}. ${step.action}`);
        lines.push(`        Check: ${step.check}`);
      });
    } else {
      lines.push(`   Possible causes (the message does not say which):`);
      for (const c of entry.causes) lines.push(`     - ${c.title}`);
    }
    lines.push(`   Retry:        ${entry.retry.policy}: ${entry.retry.detail}`);
  }
  if (f.runnerUp) {
    const cause = f.runnerUp.causeId ? `, cause ${f.runnerUp.causeId}` : "";
    lines.push(`   Runner-up:    ${f.runnerUp.entrySlug}${cause} (${percent(f.runnerUp.confidence)})`);
  }
  if (entry) lines.push(`   More:         /codes/${entry.slug}`);
  return lines.join("\n");
}

function printHuman(result: ClassifyResult, entries: readonly Entry[]): void {
  const bySlug = new Map(entries.map((e) => [e.slug, e]));
  if (result.findings.length === 0) {
    process.stdout.write("No error code, documented message or HTTP error status found.\n");
  } else {
    const n = result.findings.length;
    process.stdout.write(`${n} error${n === 1 ? "" : "s"} found.\n\n`);
    process.stdout.write(
      result.findings.map((f, i) => describe(f, f.entrySlug ? bySlug.get(f.entrySlug) : undefined, i + 1)).join("\n\n") + "\n",
    );
  }
  if (result.redactions > 0) process.stdout.write(`\n${result.redactions} secret value(s) were masked.\n`);
  if (result.truncated) process.stdout.write("\nThe input was too long; only its first part was read.\n");
}

function main(): void {
  const options = parseArgs(process.argv.slice(2));
  const input = readInput(options.file);
  let entries: Entry[];
  try {
    entries = loadCatalogue(path.join(process.cwd(), "content", "codes"));
  } catch (error) {
    if (error instanceof CatalogueError) fail(`the catalogue in content/codes is not valid:\n${error.message}`);
    throw error;
  }
  const result = createClassifier(entries)(input);
  if (options.json) {
    const out: Record<string, unknown> = { findings: result.findings, redactions: result.redactions };
    if (result.truncated) out.truncated = true;
    process.stdout.write(JSON.stringify(out, null, 2) + "\n");
  } else {
    printHuman(result, entries);
  }
  process.exitCode = result.findings.length > 0 ? 0 : 1;
}

main();
