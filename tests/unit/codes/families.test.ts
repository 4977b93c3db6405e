import { describe, expect, it } from "vitest";
import {
  FAMILIES,
  FAMILY_LAYER,
  familyExamples,
  isCanonicalCode,
  KNOWN_FAMILIES,
  knownFamily,
  LAYER_FAMILY,
} from "../../../lib/codes/families";
import { LAYERS } from "../../../lib/catalogue/constants";
import { frontMatterSchema } from "../../../lib/catalogue/schema";
import { scanText } from "../../../lib/classify/extract/text";
import { parseCode } from "../../../lib/codes/normalize";
import { catalogue } from "../../../lib/catalogue";

describe("the one list of code families (lib/codes/families.ts)", () => {
  it("gives the layers, in order, and the family each owns", () => {
    expect([...LAYERS]).toEqual(FAMILIES.map((f) => f.layer));
    for (const f of FAMILIES) {
      expect(LAYER_FAMILY[f.layer]).toBe(f.family);
      expect(FAMILY_LAYER[f.family]).toBe(f.layer);
    }
  });

  it("holds every family the catalogue uses, and each example is a code of its family", () => {
    const used = new Set(catalogue.map((e) => e.code?.split(".")[0]).filter(Boolean));
    expect([...used].sort()).toEqual([...KNOWN_FAMILIES].sort());
    for (const f of FAMILIES) expect(parseCode(f.example)).toMatchObject({ family: f.family, known: true, canonical: f.example });
  });

  it("reads family names in any case", () => {
    for (const family of KNOWN_FAMILIES) {
      expect(knownFamily(family.toLowerCase())).toBe(family);
      expect(knownFamily(family.toUpperCase())).toBe(family);
    }
    expect(knownFamily("VPC")).toBeNull();
    expect(knownFamily("constructor")).toBeNull();
  });

  it("accepts a content code only in the canonical spelling", () => {
    for (const family of KNOWN_FAMILIES) expect(isCanonicalCode(`${family}.0101`)).toBe(true);
    for (const bad of ["ais.0101", "AIS.101", "AIS.01010", "AIS-0101", "AIS.01a1", "VPC.0101", ".0101", "AIS."])
      expect(isCanonicalCode(bad)).toBe(false);
  });

  it("is what the content schema checks codes and related codes against", () => {
    const example = familyExamples();
    for (const family of KNOWN_FAMILIES) expect(example).toContain(family);
    const bad = frontMatterSchema.safeParse({ code: "VPC.0301", related: ["ais.0101"] });
    expect(bad.success).toBe(false);
    const issues = bad.success ? [] : bad.error.issues;
    expect(issues.find((i) => i.path.join(".") === "code")?.message).toBe(`a code such as ${example}`);
    expect(issues.find((i) => i.path.join(".") === "related.0")?.message).toBe("a catalogue code");
  });

  it("is what the classifier's text scanner finds, in any spelling", () => {
    for (const family of KNOWN_FAMILIES) {
      for (const written of [`${family}.0308`, `${family.toLowerCase()}-0308`, `${family}0308`, `${family} 0308`]) {
        const found = scanText(`see ${written} here`).map((r) => r.code);
        expect(found, written).toEqual([written]);
      }
    }
    // Another service's code is still reported as written; a longer word ending in a family name is not ours.
    expect(scanText("got VPC.0301 and XAPIG0308").map((r) => r.code)).toEqual(["VPC.0301"]);
  });
});
