import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { CatalogueError, uniqueProblems, zodProblems, type ContentProblem } from "./load";
import { readFrontMatterFile } from "./front-matter";
import { httpUrl, type Entry } from "./schema";
import { normalizeCode } from "../codes/normalize";
import { LOCALES, type Locale } from "../i18n/locales";

/**
 * A team's own notes on catalogue codes (internal runbooks, known incidents),
 * kept outside the shipped content in the folder named by NOTES_DIR. Each file
 * is Markdown with front matter; the loader checks it like the content.
 */

const text = z.string().trim().min(1, "a non-empty string");

export const noteSchema = z.strictObject({
  /** The catalogue code (or slug, for the entry without a code) the note belongs to. */
  code: text,
  title: text.max(120, "a title of at most 120 characters"),
  links: z.array(z.strictObject({ url: httpUrl, title: text })).default([]),
  updated: z.union([text, z.date().transform((d) => d.toISOString().slice(0, 10))]).optional(),
  /** The language the note is written in: it shows on that language's pages only. Left out, it shows on both. */
  lang: z.enum(LOCALES).optional(),
});

export interface TeamNote {
  /** The slug of the entry the note is attached to. */
  slug: string;
  title: string;
  links: { url: string; title: string }[];
  updated?: string;
  /** The pages it shows on: one language, or every language when not set. */
  lang?: Locale;
  /** The note's text, as Markdown. */
  body: string;
  file: string;
}

/** Loads every *.md note in `dir` and attaches it to a catalogue entry; throws naming each bad file and field. */
export function loadTeamNotes(dir: string, entries: readonly Entry[]): TeamNote[] {
  let files: string[];
  try {
    files = fs
      .readdirSync(dir)
      .filter((name) => name.endsWith(".md"))
      .sort();
  } catch (error) {
    throw new CatalogueError([{ file: dir, field: "(folder)", problem: `cannot be read (NOTES_DIR): ${(error as Error).message}` }]);
  }
  const slugs = new Map(entries.map((e) => [e.slug.toLowerCase(), e.slug]));
  const problems: ContentProblem[] = [];
  const notes: TeamNote[] = [];
  for (const name of files) {
    const file = path.join(dir, name);
    const add = (field: string, problem: string) => problems.push({ file, field, problem });
    const read = readFrontMatterFile(file, fs.readFileSync(file, "utf8"));
    if (!read.ok) {
      problems.push(read.problem);
      continue;
    }
    const { body } = read;
    // The note's links are checked whatever else is wrong with it, so one run names them all.
    const addLinkProblems = () => problems.push(...read.linkProblems);
    const result = noteSchema.safeParse(read.data);
    if (!result.success) {
      problems.push(...zodProblems(file, result.error.issues));
      addLinkProblems();
      continue;
    }
    const slug = slugs.get((normalizeCode(result.data.code) ?? result.data.code).toLowerCase());
    if (!slug) {
      add("code", `expected a code in the catalogue, found "${result.data.code}"`);
      addLinkProblems();
      continue;
    }
    if (!body) {
      add("(body)", "missing; write the note below the front matter");
      continue;
    }
    if (read.linkProblems.length > 0) {
      addLinkProblems();
      continue;
    }
    notes.push({
      slug,
      title: result.data.title,
      links: result.data.links,
      updated: result.data.updated,
      lang: result.data.lang,
      body,
      file: name,
    });
  }
  if (problems.length > 0) throw new CatalogueError(uniqueProblems(problems));
  return notes;
}
