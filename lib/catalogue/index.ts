import type { Entry } from "./schema";
import data from "../../generated/catalogue.json";
import notesData from "../../generated/notes.json";
import examplesData from "../../generated/examples.json";
import type { Example } from "./examples";
import type { TeamNote } from "./notes";
import { normalizeCode } from "../codes/normalize";
import type { Locale } from "../i18n/locales";

/**
 * The validated catalogue, as written by scripts/build-data.ts.
 * Pages and the API read it from here; the classifier reads its own share
 * (lib/classify/generated-data.ts) and search its own index (lib/search).
 */
export const catalogue: readonly Entry[] = data as unknown as Entry[];

const bySlug = new Map(catalogue.map((entry) => [entry.slug, entry]));
const byCode = new Map(catalogue.filter((e) => e.code).map((entry) => [entry.code!.toUpperCase(), entry]));

/** The entry whose page is /codes/<slug>, exactly as spelled. */
export function entryBySlug(slug: string): Entry | undefined {
  return bySlug.get(slug);
}

/** The entry for a code in any spelling (apig0308, APIG-0308, ...). */
export function entryByCode(input: string): Entry | undefined {
  const code = normalizeCode(input);
  return code ? byCode.get(code.toUpperCase()) : undefined;
}

const notes = notesData as unknown as TeamNote[];

/** The deployment's own notes on an entry (from NOTES_DIR at build time) for a page in `locale`, if any. */
export function teamNotesFor(slug: string, locale: Locale): TeamNote[] {
  return notes.filter((note) => note.slug === slug && (note.lang === undefined || note.lang === locale));
}

const examples = new Map((examplesData as unknown as Example[]).map((example) => [example.slug, example]));

/** The runnable example of an entry (content/examples/<CODE>.md): the failing request, its response and the fix; only entries the caller fixes have one. */
export function exampleFor(slug: string): Example | undefined {
  return examples.get(slug);
}
