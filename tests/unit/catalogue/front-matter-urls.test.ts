/**
 * Every URL in front matter (a content file's sources, a team note's links) is
 * an absolute http:// or https:// URL; anything else is rejected with the file
 * and the field named, like the schema's other errors.
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { useTempFolders } from "../helpers/temp-folder";
import { type CatalogueError, loadCatalogue, parseEntryFile } from "@/lib/catalogue/load";
import { loadTeamNotes, noteSchema } from "@/lib/catalogue/notes";
import { sourceSchema } from "@/lib/catalogue/schema";
import { sampleEntryFile, sampleFrontMatter } from "./sample-entry";

function entryWithSources(sources: unknown[]): string {
  return sampleEntryFile(sampleFrontMatter({ sources }));
}

function sourceProblems(urls: string[]): string[] {
  const text = entryWithSources(urls.map((url) => ({ url, note: "The table." })));
  return parseEntryFile("content/codes/AIS.0101.md", text).problems.map((p) => `${p.file} ${p.field}: ${p.problem}`);
}

const badUrls: [string, string][] = [
  ["javascript:alert(1)", 'found a "javascript:" URL'],
  ["JavaScript:alert(document.cookie)", 'found a "javascript:" URL'],
  ["  javascript:alert(1)", 'found a "javascript:" URL'],
  ["&#106;avascript:alert(1)", 'found a "javascript:" URL'],
  ["ftp://files.example.com/errors.csv", 'found a "ftp:" URL'],
  ["data:text/html,<script>alert(1)</script>", 'found a "data:" URL'],
  ["file:///etc/passwd", 'found a "file:" URL'],
  ["vbscript:msgbox(1)", 'found a "vbscript:" URL'],
  ["mailto:ops@example.com", 'found a "mailto:" URL'],
  ["//example.com/no-scheme", "an http:// or https:// URL"],
  ["/codes/APIG.0308", "an http:// or https:// URL"],
  ["https:example.com", "an http:// or https:// URL"],
  ["not a url", "an http:// or https:// URL"],
];

const tempFolder = useTempFolders("urls-");
const entries = loadCatalogue(path.join(process.cwd(), "content", "codes"));

describe("sources[].url in content files", () => {
  it.each(badUrls)("rejects %s, naming the file and field", (url, says) => {
    const problems = sourceProblems(["https://support.huaweicloud.com/intl/en-us/ocr/errorcode.html", url]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(says);
    expect(problems[0]).toMatch(/^content\/codes\/AIS\.0101\.md sources\[1\]\.url: expected an http:\/\/ or https:\/\/ URL/);
  });

  it("reports each bad URL once, even when zod finds two faults in it", () => {
    expect(sourceProblems(["ftp://x"])).toEqual([
      'content/codes/AIS.0101.md sources[0].url: expected an http:// or https:// URL with a domain name, found a "ftp:" URL',
    ]);
  });

  it("accepts https and http URLs", () => {
    expect(sourceProblems(["https://support.huaweicloud.com/intl/en-us/ocr/errorcode.html", "http://example.com/docs?a=1#b"])).toEqual([]);
  });

  it("keeps the URL as written (trimmed)", () => {
    expect(sourceSchema.parse({ url: " https://example.com/a ", note: "n" }).url).toBe("https://example.com/a");
  });

  it("fails the catalogue build naming the file and field", () => {
    const dir = tempFolder({ "AIS.0101.md": entryWithSources([{ url: "javascript:alert(1)", note: "n" }]) });
    expect(() => loadCatalogue(dir, dir)).toThrow(
      /AIS\.0101\.md: sources\[0\]\.url: expected an http:\/\/ or https:\/\/ URL with a domain name, found a "javascript:" URL/,
    );
  });
});

describe("links[].url in team notes", () => {
  function noteProblems(url: string): { file: string; field: string; problem: string }[] {
    const dir = tempFolder({
      "APIG.0308.md": `---\ncode: APIG.0308\ntitle: Runbook\nlinks:\n  - url: ${JSON.stringify(url)}\n    title: Runbook\n---\nLower the workers.\n`,
    });
    try {
      loadTeamNotes(dir, entries);
      return [];
    } catch (error) {
      return (error as CatalogueError).problems.map((p) => ({ file: path.basename(p.file), field: p.field, problem: p.problem }));
    }
  }

  it.each(badUrls)("rejects %s, naming the file and field", (url, says) => {
    const problems = noteProblems(url);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: "APIG.0308.md", field: "links[0].url" });
    expect(problems[0]!.problem).toMatch(/^expected an http:\/\/ or https:\/\/ URL/);
    expect(problems[0]!.problem).toContain(says);
  });

  it.each([
    "https://wiki.example.com/runbooks/ocr-throttling",
    "http://wiki/runbooks/ocr",
    "http://10.0.0.5:8080/ocr",
    "http://localhost:3000/codes/APIG.0308",
  ])("accepts %s (intranet hosts included)", (url) => {
    expect(noteProblems(url)).toEqual([]);
    expect(noteSchema.parse({ code: "APIG.0308", title: "t", links: [{ url, title: "t" }] }).links[0]!.url).toBe(url);
  });
});
