import { describe, expect, it } from "vitest";
import { useTempFolders } from "../helpers/temp-folder";
import { sampleEntryFile, sampleFrontMatter } from "./sample-entry";
import { type CatalogueError, loadCatalogue, parseEntryFile } from "@/lib/catalogue/load";

const frontMatter = sampleFrontMatter;

function fileText(data: Record<string, unknown>, body = "Something went wrong.") {
  return sampleEntryFile(data, body);
}

function problemsOf(file: string, text: string) {
  return parseEntryFile(file, text).problems.map((p) => `${p.field}: ${p.problem}`);
}

const tempCatalogue = useTempFolders("catalogue-");

describe("parseEntryFile", () => {
  it("accepts a complete entry and derives slug, headline message and statuses", () => {
    const { entry, problems } = parseEntryFile("content/codes/AIS.0101.md", fileText(frontMatter()));
    expect(problems).toEqual([]);
    expect(entry?.slug).toBe("AIS.0101");
    expect(entry?.message).toBe("The input parameter is invalid.");
    expect(entry?.statuses).toEqual([400]);
    expect(entry?.body).toBe("Something went wrong.");
  });

  it("names the file and the field of a bad value", () => {
    const { problems } = parseEntryFile("content/codes/AIS.0101.md", fileText(frontMatter({ httpStatus: 999 })));
    expect(problems).toEqual([
      { file: "content/codes/AIS.0101.md", field: "httpStatus", problem: expect.stringContaining("between 100 and 599") },
    ]);
  });

  it("names nested fields with their index", () => {
    const causes = [{ id: "x", title: "t", tell: "t", steps: [] }];
    expect(problemsOf("AIS.0101.md", fileText(frontMatter({ causes })))).toEqual(["causes[0].steps: expected at least one step"]);
  });

  it("rejects a missing field and says what is expected", () => {
    const data = frontMatter();
    delete data.summary;
    expect(problemsOf("AIS.0101.md", fileText(data))).toEqual(["summary: missing; expected string"]);
  });

  it("rejects unknown fields, so a misspelt field is not silently ignored", () => {
    expect(problemsOf("AIS.0101.md", fileText(frontMatter({ sumary: "typo" })))).toEqual([
      "(front matter): unknown field(s) sumary; remove them or check the spelling",
    ]);
  });

  it("rejects a malformed code, an unknown layer and an unknown category", () => {
    const problems = problemsOf("AIS.101.md", fileText(frontMatter({ code: "AIS.101", layer: "vision", category: "misc" })));
    expect(problems).toEqual([
      expect.stringMatching(/^code: expected a code such as AIS\.0101/),
      expect.stringMatching(/^layer: expected one of "ocr", "modelarts", "apig", "apigw"/),
      expect.stringMatching(/^category: expected one of "request"/),
    ]);
  });

  it("rejects a layer that does not own the code's family", () => {
    expect(problemsOf("AIS.0101.md", fileText(frontMatter({ layer: "apig" })))).toEqual([
      'layer: expected "ocr" for a AIS.* code, found "apig"',
    ]);
  });

  it("rejects a file whose name is not its code", () => {
    expect(problemsOf("content/codes/AIS.0102.md", fileText(frontMatter()))).toEqual([
      "(file name): expected the file to be named AIS.0101.md",
    ]);
  });

  it("requires a kebab-case slug for an entry without a code", () => {
    expect(problemsOf("x.md", fileText(frontMatter({ code: null })))).toContain(
      "slug: expected a kebab-case slug, since the entry has no documented code",
    );
    expect(problemsOf("no-code-here.md", fileText(frontMatter({ code: null, slug: "no-code-here" })))).toEqual([]);
  });

  it("rejects cause references that point nowhere and duplicate cause ids", () => {
    const data = frontMatter({
      messages: [{ text: "m", httpStatus: 400, cause: "missing-cause" }],
      causes: [frontMatter().causes, frontMatter().causes].flat(),
    });
    expect(problemsOf("AIS.0101.md", fileText(data))).toEqual([
      'causes[1].id: expected a unique id; "bad-value" is used twice',
      'messages[0].cause: expected one of the cause ids, found "missing-cause"',
    ]);
  });

  it("rejects broken YAML, a missing front matter block and an empty body", () => {
    expect(problemsOf("AIS.0101.md", "---\ncode: [unclosed\n---\nbody")[0]).toMatch(/^\(front matter\): is not valid YAML/);
    expect(problemsOf("AIS.0101.md", "just text")).toEqual([
      "(front matter): missing; the file must start with a --- block of YAML fields",
    ]);
    expect(problemsOf("AIS.0101.md", fileText(frontMatter(), "  "))).toEqual([
      '(body): missing; write the "what went wrong" explanation below the front matter',
    ]);
  });

  it("reads a bare number keyword as text", () => {
    const { entry } = parseEntryFile("AIS.0101.md", fileText(frontMatter({ keywords: [429, "rate limit"] })));
    expect(entry?.keywords).toEqual(["429", "rate limit"]);
  });
});

describe("loadCatalogue", () => {
  it("loads a folder, sorted by layer then order", () => {
    const dir = tempCatalogue({
      "APIG.0308.md": fileText(frontMatter({ code: "APIG.0308", layer: "apig", order: 1 })),
      "AIS.0102.md": fileText(frontMatter({ code: "AIS.0102", order: 2 })),
      "AIS.0101.md": fileText(frontMatter({ order: 1, related: ["AIS.0102"] })),
    });
    expect(loadCatalogue(dir).map((e) => e.slug)).toEqual(["AIS.0101", "AIS.0102", "APIG.0308"]);
  });

  it("fails on a duplicate code, naming both files", () => {
    const dir = tempCatalogue({
      "AIS.0101.md": fileText(frontMatter()),
      "ais.0101.md": fileText(frontMatter()),
    });
    expect(() => loadCatalogue(dir, dir)).toThrow('ais.0101.md: code: expected a unique code; "AIS.0101" is also used by AIS.0101.md');
  });

  it("fails on a duplicate slug among entries without a code", () => {
    const dir = tempCatalogue({
      "no-code-a.md": fileText(frontMatter({ code: null, slug: "no-code-a" })),
      "No-Code-A.md": fileText(frontMatter({ code: null, slug: "no-code-a" })),
    });
    expect(() => loadCatalogue(dir, dir)).toThrow(/slug: expected a unique slug; "no-code-a" is also used by/);
  });

  it("fails on a related code that is not in the catalogue", () => {
    const dir = tempCatalogue({ "AIS.0101.md": fileText(frontMatter({ related: ["APIG.0999"] })) });
    expect(() => loadCatalogue(dir, dir)).toThrow('AIS.0101.md: related[0]: expected a code in the catalogue, found "APIG.0999"');
  });

  it("collects the problems of every file, not just the first", () => {
    const dir = tempCatalogue({
      "AIS.0101.md": fileText(frontMatter({ httpStatus: "400" })),
      "AIS.0102.md": fileText(frontMatter({ code: "AIS.0102", fixOwner: "nobody" })),
    });
    try {
      loadCatalogue(dir, dir);
      expect.unreachable("the catalogue should not load");
    } catch (error) {
      const problems = (error as CatalogueError).problems.map((p) => `${p.file} ${p.field}`);
      expect(problems).toEqual(["AIS.0101.md httpStatus", "AIS.0102.md fixOwner"]);
    }
  });

  it("fails clearly on a missing or empty folder", () => {
    expect(() => loadCatalogue("/nonexistent/folder")).toThrow(/\(folder\): cannot be read/);
    expect(() => loadCatalogue(tempCatalogue({}))).toThrow(/holds no \.md entries/);
  });
});
