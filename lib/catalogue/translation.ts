import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { readFrontMatterFile } from "./front-matter";
import { CatalogueError, uniqueProblems, zodProblems, type ContentProblem } from "./load";
import type { Entry, EntryText } from "./schema";

/**
 * The Chinese text of the catalogue: content/zh/codes/<slug>.md, one file per
 * entry, beside the English file of the same name. The front matter holds every
 * field a person reads; the facts (codes, messages, statuses, sources, signals)
 * stay in the English file only. A file must mirror its English entry: the same
 * causes in the same order, the same number of steps in each, one note per
 * message variant, one line per ticket item. Every entry must have one.
 */

const text = z.string().trim().min(1, "a non-empty string");

const translationStepSchema = z.strictObject({ action: text, check: text });

const translationCauseSchema = z.strictObject({
  id: text,
  title: text,
  tell: text,
  steps: z.array(translationStepSchema).min(1, "at least one step"),
});

const translationSchema = z.strictObject({
  /** The English entry's code, or its slug when it has none: ties the file to its entry. */
  code: text.nullable(),
  slug: text.optional(),
  summary: text.max(120, "one line of at most 120 characters"),
  httpStatusNote: text.optional(),
  /** The retry advice (the English `retry.detail`). */
  retry: text,
  variants: z.array(z.strictObject({ note: text })).default([]),
  causes: z.array(translationCauseSchema).min(1, "at least one cause"),
  escalate: z.array(text).default([]),
  /** The words people type in Chinese: 欠费, 限流, 图片过大 ... */
  keywords: z.array(z.union([text, z.number().transform(String)])).min(1, "at least one Chinese keyword"),
});

/** The parity checks between a Chinese file and its English entry, each naming the field. */
function parityProblems(data: z.infer<typeof translationSchema>, entry: Entry): { field: string; problem: string }[] {
  const problems: { field: string; problem: string }[] = [];
  const add = (field: string, problem: string) => problems.push({ field, problem });
  if (entry.httpStatusNote && !data.httpStatusNote) add("httpStatusNote", "missing; the English entry has one");
  if (!entry.httpStatusNote && data.httpStatusNote) add("httpStatusNote", "expected none; the English entry has no httpStatusNote");
  if (data.variants.length !== entry.variants.length) {
    add("variants", `expected ${entry.variants.length} note(s), one per English variant in the same order, found ${data.variants.length}`);
  }
  if (data.escalate.length !== entry.escalate.length) {
    add("escalate", `expected ${entry.escalate.length} item(s), as in the English entry, found ${data.escalate.length}`);
  }
  if (data.causes.length !== entry.causes.length) {
    add("causes", `expected ${entry.causes.length} cause(s) (${entry.causes.map((c) => c.id).join(", ")}), found ${data.causes.length}`);
  }
  data.causes.forEach((cause, i) => {
    const english = entry.causes[i];
    if (!english) return;
    if (cause.id !== english.id) add(`causes[${i}].id`, `expected "${english.id}" (the English causes' order), found "${cause.id}"`);
    if (cause.steps.length !== english.steps.length) {
      add(
        `causes[${i}].steps`,
        `expected ${english.steps.length} step(s), as in the English cause "${english.id}", found ${cause.steps.length}`,
      );
    }
  });
  return problems;
}

/** Parses one Chinese file against its English entry; `text` is null when the file cannot be used. */
export function parseTranslationFile(
  relativeFile: string,
  source: string,
  entry: Entry,
): { text: EntryText | null; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const add = (field: string, problem: string) => problems.push({ file: relativeFile, field, problem });
  const file = readFrontMatterFile(relativeFile, source);
  if (!file.ok) return { text: null, problems: [file.problem] };
  const { body } = file;
  problems.push(...file.linkProblems);
  if (!body) add("(body)", 'missing; write the Chinese "what went wrong" below the front matter');
  const result = translationSchema.safeParse(file.data);
  if (!result.success) {
    problems.push(...zodProblems(relativeFile, result.error.issues));
    return { text: null, problems: uniqueProblems(problems) };
  }
  const data = result.data;
  const identity = data.code ?? data.slug;
  if (identity !== entry.slug) add(data.code === null ? "slug" : "code", `expected "${entry.slug}", the entry this file translates`);
  for (const p of parityProblems(data, entry)) add(p.field, p.problem);
  if (problems.length > 0) return { text: null, problems: uniqueProblems(problems) };
  return {
    text: {
      summary: data.summary,
      httpStatusNote: data.httpStatusNote,
      retryDetail: data.retry,
      variantNotes: data.variants.map((v) => v.note),
      causes: data.causes.map((c) => ({ title: c.title, tell: c.tell, steps: c.steps })),
      escalate: data.escalate,
      keywords: data.keywords,
      body,
    },
    problems,
  };
}

/**
 * Reads the Chinese file of every entry from `dir` and sets `entry.zh`. Throws a
 * CatalogueError naming each missing file, each file with no English entry, and
 * each bad field.
 */
export function attachTranslations(dir: string, entries: Entry[], rootForNames: string = process.cwd()): void {
  const problems: ContentProblem[] = [];
  let files: string[] = [];
  try {
    files = fs.readdirSync(dir).filter((name) => name.endsWith(".md"));
  } catch (error) {
    throw new CatalogueError([{ file: dir, field: "(folder)", problem: `cannot be read: ${(error as Error).message}` }]);
  }
  const present = new Set(files);
  const known = new Set(entries.map((e) => `${e.slug}.md`));
  for (const name of files.sort()) {
    if (!known.has(name)) {
      problems.push({
        file: path.relative(rootForNames, path.join(dir, name)),
        field: "(file name)",
        problem: "expected the name of an English entry in content/codes; this file translates nothing",
      });
    }
  }
  for (const entry of entries) {
    const name = `${entry.slug}.md`;
    const relative = path.relative(rootForNames, path.join(dir, name));
    if (!present.has(name)) {
      problems.push({ file: relative, field: "(file)", problem: `missing; every entry needs its Chinese text (English: ${entry.file})` });
      continue;
    }
    const { text: zh, problems: fileProblems } = parseTranslationFile(relative, fs.readFileSync(path.join(dir, name), "utf8"), entry);
    problems.push(...fileProblems);
    if (zh) entry.zh = zh;
  }
  if (problems.length > 0) throw new CatalogueError(problems);
}
