/**
 * Command-line diagnosis: paste an error (a body, an SDK exception, a curl
 * transcript, a log) and get the catalogue entry, cause and first steps.
 *
 *   npx tsx scripts/classify.ts [--json] [--lang en|zh] [FILE | -]
 *
 * Reads FILE, or standard input when FILE is missing or "-". Exit code 0
 * when at least one error was found, 1 when none, 2 on bad usage or an
 * unreadable input or catalogue.
 */
import fs from "node:fs";
import { loadClassifierData, loadContent } from "../lib/catalogue/content";
import { CatalogueError } from "../lib/catalogue/load";
import type { Entry } from "../lib/catalogue/schema";
import { createClassifier, type ClassifierData } from "../lib/classify";
import { toApiResult } from "../lib/diagnose/api-finding";
import { textReport } from "../lib/diagnose/text-report";
import { LOCALES, isLocale, type Locale } from "../lib/i18n/locales";

const USAGE = `Usage: npx tsx scripts/classify.ts [--json] [--lang en|zh] [FILE | -]

Classifies the Huawei Cloud OCR errors in FILE (or standard input when FILE
is missing or "-"): codes, messages, SDK exceptions, HTTP transcripts, logs.
Secrets (tokens, Authorization headers, AK/SK, signatures) are masked in
everything printed.

Options:
  --json       print the same JSON as POST /api/classify instead of text
  --lang LANG  the language of the report: en (the default) or zh (Simplified
               Chinese); with --json, the same JSON as POST /api/classify?lang=LANG
  -h, --help   show this help

Exit codes: 0 an error was found, 1 nothing was found, 2 bad usage.`;

function fail(message: string): never {
  process.stderr.write(`classify: ${message}\nTry --help.\n`);
  process.exit(2);
}

interface Options {
  json: boolean;
  /** Null when --lang is not given: English, and --json prints the answer without `lang`. */
  lang: Locale | null;
  file: string | null;
}

const LANGS = LOCALES.join(" or ");

function readLang(value: string | undefined): Locale {
  if (value === undefined || value === "") fail(`--lang needs a language: ${LANGS}`);
  if (!isLocale(value)) fail(`unknown language ${JSON.stringify(value)} for --lang: use ${LANGS}`);
  return value;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { json: false, lang: null, file: null };
  let files = 0;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "-h" || arg === "--help") {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else if (arg === "--json") options.json = true;
    else if (arg === "--lang") options.lang = readLang(argv[++i]);
    else if (arg.startsWith("--lang=")) options.lang = readLang(arg.slice("--lang=".length));
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

function main(): void {
  const options = parseArgs(process.argv.slice(2));
  const input = readInput(options.file);
  let entries: Entry[];
  let classifierData: ClassifierData;
  try {
    entries = loadContent();
    classifierData = loadClassifierData(entries);
  } catch (error) {
    if (error instanceof CatalogueError) fail(`the catalogue in content/ is not valid:\n${error.message}`);
    throw error;
  }
  const result = createClassifier(classifierData)(input);
  const bySlug = new Map(entries.map((e) => [e.slug, e]));
  if (options.json) {
    const answer = options.lang
      ? toApiResult(result, (slug) => bySlug.get(slug), "", options.lang)
      : toApiResult(result, (slug) => bySlug.get(slug));
    process.stdout.write(`${JSON.stringify(answer, null, 2)}\n`);
  } else {
    process.stdout.write(textReport(result, (slug) => bySlug.get(slug), options.lang ?? "en"));
  }
  process.exitCode = result.findings.length > 0 ? 0 : 1;
}

main();
