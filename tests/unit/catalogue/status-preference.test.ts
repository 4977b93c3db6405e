import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { catalogue } from "@/lib/catalogue";
import { CatalogueError, formatProblem } from "@/lib/catalogue/load";
import { loadStatusPreference, parseStatusPreference, STATUS_PREFERENCE_FILE } from "@/lib/catalogue/status-preference";
import { classifierData } from "@/lib/classify/generated-data";
import { first } from "../classify/helpers";
import { useTempFolders } from "../helpers/temp-folder";

const tempFolder = useTempFolders("status-preference-");

const file = STATUS_PREFERENCE_FILE;
const real = fs.readFileSync(path.join(process.cwd(), file), "utf8");

function problems(json: unknown): string[] {
  return parseStatusPreference(file, typeof json === "string" ? json : JSON.stringify(json), catalogue).problems.map(formatProblem);
}

describe("content/status-preference.json", () => {
  it("is valid, and is what the build gives the classifier", () => {
    const preference = loadStatusPreference(process.cwd(), catalogue);
    expect(Object.keys(preference).length).toBeGreaterThan(0);
    expect(classifierData.statusPreference).toEqual(preference);
  });

  it("orders the candidates of a status-only finding", () => {
    const preference = JSON.parse(real).statuses as Record<string, string[]>;
    for (const [status, codes] of Object.entries(preference)) {
      const f = first(`HTTP/1.1 ${status} Whatever\ncontent-length: 0\n`);
      expect(f.matchedBy, status).toBe("status");
      expect(f.candidates.slice(0, codes.length), status).toEqual(codes);
    }
  });

  it("rejects a code that is not a catalogue code, naming the file and the field", () => {
    expect(problems({ statuses: { "429": ["APIG.0308", "apig-0308"] } })).toEqual([
      `${file}: statuses.429[1]: expected a catalogue code such as APIG.0308`,
    ]);
  });

  it("rejects a code the catalogue does not hold, a code listed twice, a status that is not an error and an empty list", () => {
    expect(problems({ statuses: { "429": ["APIG.0308", "APIG.0999", "APIG.0308"] } })).toEqual([
      `${file}: statuses.429[1]: expected a code in the catalogue, found "APIG.0999"`,
      `${file}: statuses.429[2]: expected each code once; "APIG.0308" is listed twice`,
    ]);
    const bad = problems({ statuses: { "200": ["APIG.0308"], "503": [] } });
    expect(bad).toEqual([
      `${file}: statuses.200: expected an HTTP error status from 400 to 599 as the key`,
      `${file}: statuses.503: expected at least one code`,
    ]);
  });

  it("rejects unknown fields and text that is not JSON", () => {
    expect(problems({ statuses: {}, extra: 1 })).toEqual([`${file}: (file): unknown field(s) extra; remove them or check the spelling`]);
    expect(problems("{ statuses: ")[0]).toMatch(/: \(file\): is not valid JSON/);
  });

  it("stops the build with the file and the field", () => {
    const root = tempFolder({});
    fs.mkdirSync(path.join(root, "content"));
    fs.writeFileSync(path.join(root, file), JSON.stringify({ statuses: { "401": ["APIG.0301", 401] } }));
    let thrown: unknown;
    try {
      loadStatusPreference(root, catalogue);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(CatalogueError);
    expect((thrown as CatalogueError).message).toMatch(`${file}: statuses.401[1]: `);
    expect((thrown as CatalogueError).message).toMatch(/expected string/);
  });
});
