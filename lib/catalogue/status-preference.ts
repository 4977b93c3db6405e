import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { StatusPreference } from "../classify/data";
import { isCanonicalCode } from "../codes/families";
import { CatalogueError, zodProblems, type ContentProblem } from "./load";
import type { Entry } from "./schema";

/**
 * content/status-preference.json: when a paste shows only an HTTP status (an
 * empty 503, a proxy's 502 page), the entries the classifier suggests first
 * for that status, most likely first; the other entries that return it follow.
 * Checked at build time like the entries: a bad file names the file and field.
 */
export const STATUS_PREFERENCE_FILE = path.join("content", "status-preference.json");

const statusPreferenceSchema = z.strictObject({
  statuses: z.record(
    z.string().regex(/^[45]\d\d$/, "an HTTP error status from 400 to 599 as the key"),
    z.array(z.string().refine(isCanonicalCode, "a catalogue code such as APIG.0308")).min(1, "at least one code"),
  ),
});

/** Checks the file's text against the schema and the catalogue; the preference is null when anything is wrong. */
export function parseStatusPreference(
  relativeFile: string,
  source: string,
  entries: readonly Pick<Entry, "code">[],
): { preference: StatusPreference | null; problems: ContentProblem[] } {
  let json: unknown;
  try {
    json = JSON.parse(source);
  } catch (error) {
    return {
      preference: null,
      problems: [{ file: relativeFile, field: "(file)", problem: `is not valid JSON: ${(error as Error).message}` }],
    };
  }
  const result = statusPreferenceSchema.safeParse(json);
  if (!result.success) return { preference: null, problems: zodProblems(relativeFile, result.error.issues, "(file)") };
  const codes = new Set(entries.map((e) => e.code).filter(Boolean));
  const problems: ContentProblem[] = [];
  for (const [status, list] of Object.entries(result.data.statuses)) {
    list.forEach((code, i) => {
      const field = `statuses.${status}[${i}]`;
      if (!codes.has(code)) problems.push({ file: relativeFile, field, problem: `expected a code in the catalogue, found "${code}"` });
      else if (list.indexOf(code) !== i)
        problems.push({ file: relativeFile, field, problem: `expected each code once; "${code}" is listed twice` });
    });
  }
  return problems.length > 0 ? { preference: null, problems } : { preference: result.data.statuses, problems };
}

/** Reads and checks content/status-preference.json under `root`; throws a CatalogueError naming the file and field. */
export function loadStatusPreference(root: string, entries: readonly Pick<Entry, "code">[]): StatusPreference {
  const full = path.join(root, STATUS_PREFERENCE_FILE);
  let source: string;
  try {
    source = fs.readFileSync(full, "utf8");
  } catch (error) {
    throw new CatalogueError([{ file: STATUS_PREFERENCE_FILE, field: "(file)", problem: `cannot be read: ${(error as Error).message}` }]);
  }
  const { preference, problems } = parseStatusPreference(STATUS_PREFERENCE_FILE, source, entries);
  if (!preference) throw new CatalogueError(problems);
  return preference;
}
