/**
 * The classifier's share of the catalogue (generated/classifier-data.json) and
 * the diagnose page's entry views (generated/diagnose-entries.<locale>.json):
 * what the page's worker loads instead of the whole catalogue.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { catalogue } from "@/lib/catalogue";
import { loadStatusPreference } from "@/lib/catalogue/status-preference";
import { createClassifier, createPasteReader, preparePaste } from "@/lib/classify";
import { toClassifierData } from "@/lib/classify/data";
import { classifierData } from "@/lib/classify/generated-data";
import { toDiagnoseEntry } from "@/lib/diagnose/entry-view";
import { LOCALES } from "@/lib/i18n/locales";

const root = process.cwd();
const pastes = (
  JSON.parse(fs.readFileSync(path.join(root, "tests", "fixtures", "real-pastes.json"), "utf8")) as { items: { text: string }[] }
).items.map((i) => i.text);

describe("the classifier's data", () => {
  it("is the catalogue's codes, messages, statuses and cause signals, and nothing a person reads", () => {
    expect(classifierData).toEqual(toClassifierData(catalogue, loadStatusPreference(root, catalogue)));
    const json = JSON.stringify(classifierData);
    for (const entry of catalogue) {
      expect(json).not.toContain(JSON.stringify(entry.summary));
      for (const cause of entry.causes) expect(json).not.toContain(JSON.stringify(cause.title));
    }
    // Much smaller than the catalogue it is taken from.
    expect(json.length).toBeLessThan(JSON.stringify(catalogue).length / 5);
  });

  it("classifies every real paste exactly as the whole catalogue does", () => {
    const fromData = createClassifier(classifierData);
    const fromCatalogue = createClassifier({ entries: catalogue, statusPreference: classifierData.statusPreference });
    expect(pastes.length).toBeGreaterThan(20);
    for (const paste of pastes) expect(fromData(paste)).toEqual(fromCatalogue(paste));
  });

  it("gives back the text it read, masked once, as preparePaste makes it", () => {
    const read = createPasteReader(classifierData);
    for (const paste of pastes) {
      const { result, text } = read(paste);
      expect(text).toBe(preparePaste(paste).text);
      expect(result).toEqual(createClassifier(classifierData)(paste));
    }
  });
});

describe("the diagnose page's entry views", () => {
  it.each(LOCALES)("hold every entry as the %s page shows it", (locale) => {
    const views = JSON.parse(fs.readFileSync(path.join(root, "generated", `diagnose-entries.${locale}.json`), "utf8"));
    expect(Object.keys(views)).toEqual(catalogue.map((e) => e.slug));
    for (const entry of catalogue) expect(views[entry.slug]).toEqual(JSON.parse(JSON.stringify(toDiagnoseEntry(entry, locale))));
  });
});

describe("the diagnose page's worker", () => {
  const source = fs.readFileSync(path.join(root, "components", "diagnose", "classify.worker.ts"), "utf8");
  const imports = [...source.matchAll(/^import\s[^;]*?from\s+"([^"]+)"/gm)].map((m) => m[1]);

  it("imports the classifier's data, never the whole catalogue", () => {
    expect(imports).toContain("@/lib/classify/generated-data");
    expect(imports.filter((i) => i!.startsWith("@/lib/catalogue") || i!.includes("generated/catalogue"))).toEqual([]);
  });

  it("masks the paste once: it never calls the masker itself", () => {
    expect(source).not.toMatch(/\b(preparePaste|redact)\s*\(/);
  });
});
