/**
 * Validates content files and prints every problem with its file and field.
 * Usage: npx tsx scripts/check-content.ts            (the whole catalogue, both languages)
 *        npx tsx scripts/check-content.ts FILE.md ... (single files: English entries, or Chinese
 *                                                      ones under content/zh/codes, checked against
 *                                                      their English entry)
 */
import fs from "node:fs";
import path from "node:path";
import { CONTENT_DIRS, loadContent } from "../lib/catalogue/content";
import { CatalogueError, formatProblem, parseEntryFile, type ContentProblem } from "../lib/catalogue/load";
import { loadTeamNotes } from "../lib/catalogue/notes";
import { parseTranslationFile } from "../lib/catalogue/translation";

function checkOne(file: string): ContentProblem[] {
  const relative = path.relative(process.cwd(), path.resolve(file));
  const source = fs.readFileSync(file, "utf8");
  if (!relative.startsWith(CONTENT_DIRS.zh + path.sep)) return parseEntryFile(relative, source).problems;
  const englishFile = path.join(CONTENT_DIRS.en, path.basename(relative));
  if (!fs.existsSync(englishFile)) {
    return [{ file: relative, field: "(file name)", problem: `expected an English entry ${englishFile} of the same name` }];
  }
  const { entry, problems } = parseEntryFile(englishFile, fs.readFileSync(englishFile, "utf8"));
  if (!entry) return problems;
  return parseTranslationFile(relative, source, entry).problems;
}

const files = process.argv.slice(2);
if (files.length > 0) {
  let bad = 0;
  for (const file of files) {
    const problems = checkOne(file);
    for (const p of problems) console.error(formatProblem(p));
    if (problems.length === 0) console.log(`${file}: ok`);
    bad += problems.length;
  }
  process.exit(bad > 0 ? 1 : 0);
}
try {
  const entries = loadContent();
  console.log(`${CONTENT_DIRS.en}: ${entries.length} entries with their Chinese text in ${CONTENT_DIRS.zh}, all valid`);
  if (process.env.NOTES_DIR) {
    const notes = loadTeamNotes(path.resolve(process.env.NOTES_DIR), entries);
    console.log(`${process.env.NOTES_DIR}: ${notes.length} team note(s), all valid`);
  }
} catch (error) {
  if (error instanceof CatalogueError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
