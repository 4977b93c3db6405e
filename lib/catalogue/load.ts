import fs from "node:fs";
import path from "node:path";
import type { z } from "zod";
import { frontMatterSchema, isKebab, LAYER_FAMILY, LAYERS, type Entry } from "./schema";
import { familyOf } from "../codes/normalize";
import { readFrontMatterFile } from "./front-matter";

/**
 * Reads content/codes/*.md at build time (Node only) and validates every
 * file. All problems are collected, so one run names every bad file.
 */

export interface ContentProblem {
  file: string;
  /** The line of the file, when the problem is on one (a link in the body). */
  line?: number;
  field: string;
  problem: string;
}

/** One problem as printed: `file[:line]: field: problem`. */
export function formatProblem(p: ContentProblem): string {
  return `${p.file}${p.line === undefined ? "" : `:${p.line}`}: ${p.field}: ${p.problem}`;
}

/**
 * The problems of one file, each once (zod can report the same field twice,
 * for instance a URL with both a bad scheme and a bad host).
 */
export function uniqueProblems(problems: ContentProblem[]): ContentProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = formatProblem(p);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export class CatalogueError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(`The catalogue content has ${problems.length} problem(s):\n${problems.map((p) => `  ${formatProblem(p)}`).join("\n")}`);
    this.name = "CatalogueError";
  }
}

function fieldPath(issuePath: PropertyKey[], whole = "(front matter)"): string {
  if (issuePath.length === 0) return whole;
  return issuePath.map((part, i) => (typeof part === "number" ? `[${part}]` : `${i === 0 ? "" : "."}${String(part)}`)).join("");
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === "unrecognized_keys") {
    return `unknown field(s) ${issue.keys.join(", ")}; remove them or check the spelling`;
  }
  if (issue.code === "invalid_type" && issue.input === undefined) {
    return `missing; expected ${issue.expected}`;
  }
  if (issue.code === "invalid_key" && issue.issues[0]) {
    return `expected ${issue.issues[0].message}`;
  }
  if (issue.code === "invalid_value") {
    return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
  }
  if (issue.code === "invalid_type") {
    return `expected ${issue.expected}, found ${issue.input === null ? "null" : typeof issue.input}`;
  }
  return `expected ${issue.message.replace(/^Invalid input: expected /, "")}`;
}

/**
 * A zod error as content problems, one per issue: the field as `causes[1].steps[0].action`
 * and what was expected. `whole` names an issue about the whole file (no field).
 * The one formatter for every checked file: entries, examples, team notes, the status preference.
 */
export function zodProblems(file: string, issues: readonly z.core.$ZodIssue[], whole = "(front matter)"): ContentProblem[] {
  return issues.map((issue) => ({ file, field: fieldPath(issue.path, whole), problem: describeIssue(issue) }));
}

/**
 * Parses and checks one file on its own. Cross-file checks happen in loadCatalogue.
 * `entry` is null only when the front matter does not fit the schema at all; a
 * file with smaller problems (its name, a dangling cause id) still yields one so
 * that the cross-file checks can name duplicates too.
 */
export function parseEntryFile(relativeFile: string, source: string): { entry: Entry | null; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const add = (field: string, problem: string) => problems.push({ file: relativeFile, field, problem });

  const file = readFrontMatterFile(relativeFile, source);
  if (!file.ok) return { entry: null, problems: [file.problem] };
  if (Object.keys(file.data).length === 0) {
    add("(front matter)", "missing; the file must start with a --- block of YAML fields");
    return { entry: null, problems };
  }
  // Links in the body are checked even when the front matter is wrong, so one run names them all.
  const { body, linkProblems } = file;

  const result = frontMatterSchema.safeParse(file.data);
  if (!result.success) {
    problems.push(...zodProblems(relativeFile, result.error.issues));
    return { entry: null, problems: uniqueProblems([...problems, ...linkProblems]) };
  }
  const data = result.data;

  if (data.code) {
    const family = familyOf(data.code);
    if (LAYER_FAMILY[data.layer] !== family) {
      const layer = LAYERS.find((l) => LAYER_FAMILY[l] === family);
      add("layer", `expected "${layer}" for a ${family}.* code, found "${data.layer}"`);
    }
    if (data.slug !== undefined && data.slug !== data.code) {
      add("slug", `expected to be left out or equal to the code "${data.code}"`);
    }
  } else if (!data.slug || !isKebab(data.slug)) {
    add("slug", "expected a kebab-case slug, since the entry has no documented code");
  }
  const slug = data.code ?? data.slug ?? "";

  const expectedName = `${slug}.md`;
  if (path.basename(relativeFile) !== expectedName) {
    add("(file name)", `expected the file to be named ${expectedName}`);
  }

  const causeIds = new Set<string>();
  data.causes.forEach((cause, i) => {
    if (causeIds.has(cause.id)) add(`causes[${i}].id`, `expected a unique id; "${cause.id}" is used twice`);
    causeIds.add(cause.id);
  });
  data.messages.forEach((m, i) => {
    if (m.cause && !causeIds.has(m.cause)) add(`messages[${i}].cause`, `expected one of the cause ids, found "${m.cause}"`);
  });
  data.variants.forEach((v, i) => {
    if (v.cause && !causeIds.has(v.cause)) add(`variants[${i}].cause`, `expected one of the cause ids, found "${v.cause}"`);
  });
  if (data.code && data.related.includes(data.code)) {
    add("related", "expected other codes; an entry cannot be related to itself");
  }

  if (data.seenStatus && (data.httpStatus !== null || data.messages.some((m) => m.httpStatus !== null))) {
    add("seenStatus", "expected only on an entry whose status Huawei does not document (httpStatus: null and no message status)");
  }

  if (body.length === 0) add("(body)", 'missing; write the "what went wrong" explanation below the front matter');
  problems.push(...linkProblems);

  const statuses = [...new Set([data.httpStatus, ...data.messages.map((m) => m.httpStatus)].filter((s): s is number => s !== null))].sort(
    (a, b) => a - b,
  );

  const entry: Entry = {
    ...data,
    slug,
    message: data.messages[0]!.text,
    statuses,
    body,
    file: relativeFile,
  };
  return { entry, problems };
}

const layerRank = new Map(LAYERS.map((layer, i) => [layer, i]));

/** Layer order first (OCR, ModelArts, APIG, APIGW), then each file's `order`. */
export function compareEntries(a: Entry, b: Entry): number {
  return layerRank.get(a.layer)! - layerRank.get(b.layer)! || a.order - b.order || a.slug.localeCompare(b.slug);
}

/**
 * Loads every entry under `dir`. Throws a CatalogueError naming each file,
 * field and expectation when anything is wrong.
 */
export function loadCatalogue(dir: string, rootForNames: string = process.cwd()): Entry[] {
  let files: string[];
  try {
    files = fs
      .readdirSync(dir)
      .filter((name) => name.endsWith(".md"))
      .sort();
  } catch (error) {
    throw new CatalogueError([{ file: dir, field: "(folder)", problem: `cannot be read: ${(error as Error).message}` }]);
  }

  const problems: ContentProblem[] = [];
  const entries: Entry[] = [];
  for (const name of files) {
    const full = path.join(dir, name);
    const relative = path.relative(rootForNames, full) || name;
    const { entry, problems: fileProblems } = parseEntryFile(relative, fs.readFileSync(full, "utf8"));
    problems.push(...fileProblems);
    if (entry) entries.push(entry);
  }
  if (files.length === 0) {
    problems.push({ file: dir, field: "(folder)", problem: "holds no .md entries" });
  }

  const bySlug = new Map<string, Entry>();
  for (const entry of entries) {
    const other = bySlug.get(entry.slug.toLowerCase());
    if (other) {
      problems.push({
        file: entry.file,
        field: entry.code ? "code" : "slug",
        problem: `expected a unique ${entry.code ? "code" : "slug"}; "${entry.slug}" is also used by ${other.file}`,
      });
    } else {
      bySlug.set(entry.slug.toLowerCase(), entry);
    }
  }
  const codes = new Set(entries.map((e) => e.code).filter(Boolean));
  for (const entry of entries) {
    entry.related.forEach((code, i) => {
      if (!codes.has(code)) {
        problems.push({ file: entry.file, field: `related[${i}]`, problem: `expected a code in the catalogue, found "${code}"` });
      }
    });
  }

  if (problems.length > 0) throw new CatalogueError(problems);
  return entries.sort(compareEntries);
}
