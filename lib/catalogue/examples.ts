import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { createClassifier } from "../classify";
import { toClassifierData, type StatusPreference } from "../classify/data";
import { foldSpaces } from "../classify/strings";
import { readFrontMatterFile } from "./front-matter";
import { CatalogueError, uniqueProblems, zodProblems, type ContentProblem } from "./load";
import type { Entry } from "./schema";

/**
 * Runnable examples (content/examples/<CODE>.md, front matter only; the format
 * is described in content/examples/README.md): for every entry whose fix is the
 * caller's, the request that fails (curl and one SDK call), the error response
 * it gets and the fixed request. Read and checked here at build time (Node only);
 * the app reads the result from generated/examples.json (lib/catalogue/index.ts).
 */

const bilingual = z.strictObject({
  en: z.string().trim().min(1, "a non-empty English sentence"),
  zh: z.string().trim().min(1, "a non-empty Chinese sentence"),
});

const SDK_LANGS = ["python", "java", "go", "nodejs"] as const;

const sdkCall = z.strictObject({
  lang: z.enum(SDK_LANGS),
  code: z.string().trim().min(1, "a non-empty code block"),
});

const block = (what: string) => z.string().trim().min(1, what);

const exampleSchema = z.strictObject({
  code: z.string().min(1, "the catalogue code this example is for, such as AIS.0103"),
  what: bilingual,
  request: z.strictObject({
    curl: block("a curl command"),
    /** Left out only when no SDK can send this request (the SDKs sign with AK/SK and never send a token). */
    sdk: sdkCall.optional(),
  }),
  response: block("the HTTP response: status line, headers, a blank line, the JSON body"),
  fix: z.strictObject({
    what: bilingual,
    curl: block("the corrected curl command"),
    sdk: sdkCall.optional(),
  }),
});

type ExampleFrontMatter = z.infer<typeof exampleSchema>;

/** One example as the app reads it (generated/examples.json). */
export interface Example {
  code: string;
  /** The slug of the entry (its page is /codes/<slug>). */
  slug: string;
  what: { en: string; zh: string };
  request: { curl: string; sdk?: { lang: (typeof SDK_LANGS)[number]; code: string } };
  response: string;
  fix: { what: { en: string; zh: string }; curl: string; sdk?: { lang: (typeof SDK_LANGS)[number]; code: string } };
}

/** Trailing newlines from YAML block scalars (`|`) are dropped; the rest is kept as written. */
function trimBlock(text: string): string {
  return text.trimEnd();
}

function normalize(data: ExampleFrontMatter, slug: string): Example {
  return {
    code: data.code,
    slug,
    what: { en: data.what.en.trim(), zh: data.what.zh.trim() },
    request: {
      curl: trimBlock(data.request.curl),
      ...(data.request.sdk ? { sdk: { lang: data.request.sdk.lang, code: trimBlock(data.request.sdk.code) } } : {}),
    },
    response: trimBlock(data.response),
    fix: {
      what: { en: data.fix.what.en.trim(), zh: data.fix.what.zh.trim() },
      curl: trimBlock(data.fix.curl),
      ...(data.fix.sdk ? { sdk: { lang: data.fix.sdk.lang, code: trimBlock(data.fix.sdk.code) } } : {}),
    },
  };
}

/** A response split into its parts: `HTTP/1.1 400 Bad Request`, headers, a blank line, the body. */
export interface ParsedResponse {
  status: number | null;
  headers: Record<string, string>;
  body: string;
}

export function parseResponse(response: string): ParsedResponse {
  const text = response.replace(/\r\n/g, "\n");
  const split = text.indexOf("\n\n");
  const head = split === -1 ? text : text.slice(0, split);
  const body = split === -1 ? "" : text.slice(split + 2).trim();
  const [statusLine, ...headerLines] = head.split("\n");
  const status = /^HTTP\/[\d.]+ (\d{3})\b/.exec(statusLine ?? "");
  const headers: Record<string, string> = {};
  for (const line of headerLines) {
    const colon = line.indexOf(":");
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { status: status ? Number(status[1]) : null, headers, body };
}

/**
 * The bodies a curl command sends in single quotes: `-d '...'`, `--data '...'`,
 * `--data-raw '...'`, `--data-binary '...'` (a shell single-quoted string holds no quote).
 */
export function curlBodies(script: string): string[] {
  const bodies: string[] = [];
  const pattern = /(?:^|\s)(?:-d|--data|--data-raw|--data-binary|--data-ascii)(?:\s+|=)'([^']*)'/g;
  // One logical line at a time (backslash continuations joined); only the curl command's own
  // arguments, up to a pipe, so `tr -d '\r'` after it is not read as a body.
  for (const line of script.replace(/\\\r?\n/g, " ").split("\n")) {
    const start = line.search(/\bcurl\s/);
    if (start === -1) continue;
    const command = line.slice(start).split(" | ")[0]!;
    for (let m = pattern.exec(command); m; m = pattern.exec(command)) bodies.push(m[1]!);
    pattern.lastIndex = 0;
  }
  return bodies;
}

/** The placeholders documented messages use for run-time values (content/README.md): `{xxx}`, `******`, `XXX`, `XX`, `xxx`. */
const PLACEHOLDER = /\{[^{}]{0,40}\}|\*{6}|XXX|XX|xxx/g;

/**
 * Whether a message as returned at run time is a documented message with its
 * placeholders filled in (each by at least one character). Matched by literal
 * pieces in order, without building a regular expression from the text.
 */
export function matchesDocumented(documented: string, actual: string): boolean {
  const pieces = documented.split(PLACEHOLDER);
  if (pieces.length === 1) return documented === actual;
  const first = pieces[0]!;
  const last = pieces[pieces.length - 1]!;
  if (!actual.startsWith(first)) return false;
  let at = first.length;
  for (const piece of pieces.slice(1, -1)) {
    const found = actual.indexOf(piece, at + 1);
    if (found === -1) return false;
    at = found + piece.length;
  }
  return actual.length - last.length >= at + 1 && actual.endsWith(last);
}

const same = (a: string, b: string) => foldSpaces(a).trim() === foldSpaces(b).trim();

/** The entry an example's `code` names: by code in any case, or by slug for an entry without a code. */
function entryFor(code: string, entries: readonly Entry[]): Entry | undefined {
  return entries.find((e) => (e.code ?? "").toUpperCase() === code.toUpperCase() || (e.code === null && e.slug === code));
}

export interface ParsedExample {
  example: Example | null;
  problems: ContentProblem[];
}

/** Reads and checks one example file on its own (schema, entry, file name, response, curl bodies, fix). */
export function parseExampleFile(
  relativeFile: string,
  source: string,
  entries: readonly Entry[],
  classify: ReturnType<typeof createClassifier>,
): ParsedExample {
  const read = readFrontMatterFile(relativeFile, source);
  if (!read.ok) return { example: null, problems: [read.problem] };
  const problems: ContentProblem[] = [];
  const problem = (field: string, text: string) => problems.push({ file: relativeFile, field, problem: text });
  if (read.body.length > 0) problem("(body)", "expected no text after the front matter; an example is front matter only");

  const parsed = exampleSchema.safeParse(read.data);
  if (!parsed.success) {
    problems.push(...zodProblems(relativeFile, parsed.error.issues));
    return { example: null, problems: uniqueProblems(problems) };
  }
  const data = parsed.data;
  const entry = entryFor(data.code, entries);
  if (!entry) {
    problem("code", `"${data.code}" is not a catalogue code; an example must belong to an entry in content/codes/`);
    return { example: null, problems };
  }
  const base = path.basename(relativeFile, ".md");
  if (base !== entry.slug) problem("code", `the file is named ${base}.md but the code is ${data.code}; name the file ${entry.slug}.md`);
  if (entry.fixOwner !== "caller") {
    problem("code", `${entry.slug} is fixed by "${entry.fixOwner}", not the caller; examples are only for entries with fixOwner: caller`);
  }
  const example = normalize(data, entry.slug);

  // The response: a status line, headers, a blank line and the documented JSON error of this entry.
  const response = parseResponse(example.response);
  if (response.status === null) problem("response", 'expected a first line such as "HTTP/1.1 400 Bad Request"');
  let body: Record<string, unknown> | null = null;
  if (!response.body) problem("response", "expected a blank line and then the JSON body");
  else {
    try {
      const value: unknown = JSON.parse(response.body);
      if (value && typeof value === "object" && !Array.isArray(value)) body = value as Record<string, unknown>;
      else problem("response", "expected the body to be a JSON object");
    } catch (error) {
      problem("response", `the body is not valid JSON: ${(error as Error).message}`);
    }
  }
  if (body) {
    const code = body.error_code;
    if (entry.code && code !== entry.code)
      problem("response", `expected "error_code":"${entry.code}" in the body, found ${JSON.stringify(code)}`);
    const msg = body.error_msg;
    const documented = [
      ...entry.messages.map((m) => ({ text: m.text, httpStatus: m.httpStatus as number | null | undefined })),
      ...(entry.variants ?? []).map((v) => ({ text: v.text, httpStatus: undefined })),
    ];
    const match = typeof msg === "string" ? documented.find((d) => matchesDocumented(d.text, msg)) : undefined;
    if (!match) {
      problem(
        "response",
        `expected "error_msg" to be a documented message of ${entry.slug} (placeholders filled in), found ${JSON.stringify(msg)}`,
      );
    } else {
      const expected = match.httpStatus ?? entry.httpStatus;
      if (expected !== null && expected !== undefined && response.status !== null && response.status !== expected) {
        problem("response", `expected status ${expected} for "${match.text}", found ${response.status}`);
      }
    }
  }
  const findings = classify(example.response).findings;
  const first = findings[0];
  if (!first) problem("response", `the classifier finds no error in it; it must classify to ${entry.slug}`);
  else if (first.entrySlug !== entry.slug)
    problem("response", `classifies to ${first.entrySlug ?? "no entry"} (${first.code ?? "no code"}), not ${entry.slug}`);

  // Every body a curl command sends is JSON.
  for (const [field, curl] of [
    ["request.curl", example.request.curl],
    ["fix.curl", example.fix.curl],
  ] as const) {
    if (!/\bcurl\b/.test(curl)) problem(field, "expected a curl command");
    curlBodies(curl).forEach((b, i) => {
      try {
        JSON.parse(b);
      } catch (error) {
        problem(field, `body ${i + 1} (-d '...') is not valid JSON: ${(error as Error).message}`);
      }
    });
  }

  // The fix changes something.
  if (same(example.fix.curl, example.request.curl)) problem("fix.curl", "is the same as request.curl; show the corrected request");
  if (example.fix.sdk && example.request.sdk && same(example.fix.sdk.code, example.request.sdk.code))
    problem("fix.sdk.code", "is the same as request.sdk.code; show the corrected call");
  if (same(example.fix.what.en, example.what.en)) problem("fix.what.en", "is the same as what.en; say what the fix changes");

  return { example, problems };
}

/**
 * Reads every content/examples/*.md and checks them against the catalogue:
 * each file on its own, one example per entry, and one for every entry whose
 * fix is the caller's. Throws CatalogueError naming every problem.
 */
export function loadExamples(
  examplesDir: string,
  entries: readonly Entry[],
  statusPreference: StatusPreference,
  root = path.dirname(path.dirname(examplesDir)),
  options: { onMissing?: (problem: ContentProblem) => void } = {},
): Example[] {
  const classify = createClassifier(toClassifierData(entries, statusPreference));
  const problems: ContentProblem[] = [];
  const examples: Example[] = [];
  const files = fs.existsSync(examplesDir)
    ? fs
        .readdirSync(examplesDir)
        .filter((name) => name.endsWith(".md") && name !== "README.md")
        .sort()
    : [];
  const seen = new Map<string, string>();
  for (const name of files) {
    const relative = path.relative(root, path.join(examplesDir, name)) || name;
    const parsed = parseExampleFile(relative, fs.readFileSync(path.join(examplesDir, name), "utf8"), entries, classify);
    problems.push(...parsed.problems);
    if (!parsed.example) continue;
    const earlier = seen.get(parsed.example.slug);
    if (earlier) problems.push({ file: relative, field: "code", problem: `${parsed.example.slug} already has an example in ${earlier}` });
    else {
      seen.set(parsed.example.slug, relative);
      examples.push(parsed.example);
    }
  }
  for (const missing of missingExamples(examplesDir, entries, seen, root)) {
    if (options.onMissing) options.onMissing(missing);
    else problems.push(missing);
  }
  if (problems.length > 0) throw new CatalogueError(problems);
  return examples;
}

/** One problem per entry the caller fixes that has no example. */
function missingExamples(
  examplesDir: string,
  entries: readonly Entry[],
  covered: { has(slug: string): boolean },
  root: string,
): ContentProblem[] {
  const dirLabel = path.relative(root, examplesDir) || examplesDir;
  return entries
    .filter((entry) => entry.fixOwner === "caller" && !covered.has(entry.slug))
    .map((entry) => ({
      file: `${dirLabel}/${entry.slug}.md`,
      field: "(file)",
      problem: `missing: ${entry.slug} is fixed by the caller, so it needs an example (see ${dirLabel}/README.md)`,
    }));
}
