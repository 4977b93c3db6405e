import path from "node:path";
import { loadCatalogue } from "./load";
import type { Entry } from "./schema";
import { attachTranslations } from "./translation";
import { loadStatusPreference } from "./status-preference";
import { toClassifierData, type ClassifierData } from "../classify/data";

/** Where the content lives, relative to the project root. */
export const CONTENT_DIRS = { en: path.join("content", "codes"), zh: path.join("content", "zh", "codes") } as const;

/**
 * The whole catalogue with its Chinese text, read and checked at build time (Node only).
 * Throws a CatalogueError naming every bad file and field, in either language.
 */
export function loadContent(root: string = process.cwd()): Entry[] {
  const entries = loadCatalogue(path.join(root, CONTENT_DIRS.en), root);
  attachTranslations(path.join(root, CONTENT_DIRS.zh), entries, root);
  return entries;
}

/**
 * The classifier's share of `entries` and the status preference, read from content/ (build time,
 * Node only): what the command line, the benchmarks and the tests classify with. The app reads
 * the same data from generated/ (lib/classify/generated-data.ts).
 */
export function loadClassifierData(entries: readonly Entry[], root: string = process.cwd()): ClassifierData {
  return toClassifierData(entries, loadStatusPreference(root, entries));
}
