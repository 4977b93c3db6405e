import { describe, expect, it } from "vitest";
import { catalogue } from "@/lib/catalogue";
import { formatProblem, parseEntryFile } from "@/lib/catalogue/load";
import { statusText } from "@/lib/catalogue/labels";
import { entryToMarkdown } from "@/lib/catalogue/markdown-export";
import { sampleEntryFile, sampleFrontMatter } from "./sample-entry";

/** An entry whose status Huawei does not document (httpStatus: null on the entry and its message). */
function undocumented(overrides: Record<string, unknown> = {}) {
  return sampleFrontMatter({ httpStatus: null, messages: [{ text: "The input parameter is invalid.", httpStatus: null }], ...overrides });
}

const FILE = "content/codes/AIS.0101.md";
const problems = (data: Record<string, unknown>) => parseEntryFile(FILE, sampleEntryFile(data)).problems.map(formatProblem);

describe("seenStatus: the status seen in practice for an undocumented one", () => {
  it("accepts a status and an https source, and the Markdown export says it was seen in practice", () => {
    const seenStatus = { status: 403, source: "https://github.com/example/repo/issues/1" };
    const { entry, problems: found } = parseEntryFile(FILE, sampleEntryFile(undocumented({ seenStatus })));
    expect(found).toEqual([]);
    expect(entry!.seenStatus).toEqual(seenStatus);
    expect(statusText(entry!)).toBe("Not documented by Huawei");
    const md = entryToMarkdown(entry!, "https://desk.example/codes/AIS.0101");
    expect(md).toContain("- HTTP status: Not documented by Huawei; seen in practice: 403 (https://github.com/example/repo/issues/1)");
    expect(entryToMarkdown(entry!, "https://desk.example/zh/codes/AIS.0101", "zh")).toContain(
      "- HTTP状态码: 华为云文档未记载；实际出现过：403（https://github.com/example/repo/issues/1）",
    );
  });

  it("names the file and the field of a bad status, a bad source and an unknown key", () => {
    expect(problems(undocumented({ seenStatus: { status: 700, source: "https://github.com/x/y/issues/1" } }))).toEqual([
      `${FILE}: seenStatus.status: expected an HTTP status between 100 and 599`,
    ]);
    expect(problems(undocumented({ seenStatus: { status: 403, source: "javascript:alert(1)" } }))).toEqual([
      expect.stringMatching(/^content\/codes\/AIS\.0101\.md: seenStatus\.source: expected an http:\/\/ or https:\/\/ URL/),
    ]);
    expect(problems(undocumented({ seenStatus: { status: 403, source: "https://github.com/x/y/issues/1", note: "x" } }))).toEqual([
      `${FILE}: seenStatus: unknown field(s) note; remove them or check the spelling`,
    ]);
    expect(problems(undocumented({ seenStatus: { source: "https://github.com/x/y/issues/1" } }))).toEqual([
      `${FILE}: seenStatus.status: missing; expected number`,
    ]);
  });

  it("is refused on an entry whose status Huawei documents", () => {
    const seenStatus = { status: 403, source: "https://github.com/example/repo/issues/1" };
    expect(problems(sampleFrontMatter({ seenStatus }))).toEqual([
      `${FILE}: seenStatus: expected only on an entry whose status Huawei does not document (httpStatus: null and no message status)`,
    ]);
  });

  it("in the catalogue, only entries without a documented status carry one", () => {
    for (const entry of catalogue) {
      if (entry.seenStatus) expect(entry.statuses, entry.slug).toEqual([]);
    }
  });
});
