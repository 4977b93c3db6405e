/**
 * Validates content files and prints every problem with its file and field.
 * Usage: npx tsx scripts/check-content.ts            (the whole catalogue)
 *        npx tsx scripts/check-content.ts FILE.md ... (single files, without cross-file checks)
 */
import fs from "node:fs";
import path from "node:path";
import { CatalogueError, formatProblem, loadCatalogue, parseEntryFile } from "../lib/catalogue/load";
import { loadTeamNotes } from "../lib/catalogue/notes";

const files = process.argv.slice(2);
if (files.length > 0) {
  let bad = 0;
  for (const file of files) {
    const { problems } = parseEntryFile(path.relative(process.cwd(), file), fs.readFileSync(file, "utf8"));
    for (const p of problems) console.error(formatProblem(p));
    if (problems.length === 0) console.log(`${file}: ok`);
    bad += problems.length;
  }
  process.exit(bad > 0 ? 1 : 0);
}
try {
  const entries = loadCatalogue(path.join(process.cwd(), "content", "codes"));
  console.log(`content/codes: ${entries.length} entries, all valid`);
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
