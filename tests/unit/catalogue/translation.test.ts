import path from "node:path";
import matter from "gray-matter";
import { describe, expect, it } from "vitest";
import { useTempFolders } from "../helpers/temp-folder";
import { loadContent } from "@/lib/catalogue/content";
import { parseEntryFile } from "@/lib/catalogue/load";
import { attachTranslations, parseTranslationFile } from "@/lib/catalogue/translation";
import type { Entry } from "@/lib/catalogue/schema";
import { sampleEntryFile, sampleFrontMatter } from "./sample-entry";

/** The English sample entry, with two causes, a variant, a ticket item and a status note. */
function englishEntry(): Entry {
  const data = sampleFrontMatter({
    httpStatusNote: "Seen as 400.",
    variants: [{ text: "The input parameter is invalid: x.", note: "Older form." }],
    escalate: ["The request id"],
    causes: [
      { id: "bad-value", title: "A value is malformed", tell: "Always.", steps: [{ action: "Check it.", check: "It is fine." }] },
      {
        id: "missing-field",
        title: "A field is missing",
        tell: "The body lacks it.",
        steps: [
          { action: "List the fields.", check: "All are there." },
          { action: "Send again.", check: "It works." },
        ],
      },
    ],
  });
  const { entry } = parseEntryFile("content/codes/AIS.0101.md", sampleEntryFile(data));
  if (!entry) throw new Error("the sample entry must parse");
  return entry;
}

/** A Chinese file that mirrors englishEntry(), with `overrides` applied to its front matter. */
function chineseFile(overrides: Record<string, unknown> = {}, body = "参数不对。"): string {
  const data: Record<string, unknown> = {
    code: "AIS.0101",
    summary: "请求参数有误。",
    httpStatusNote: "见到的是400。",
    retry: "先改正参数。",
    variants: [{ note: "旧的形式。" }],
    causes: [
      { id: "bad-value", title: "某个值格式不对", tell: "总是如此。", steps: [{ action: "检查它。", check: "没有问题。" }] },
      {
        id: "missing-field",
        title: "缺少字段",
        tell: "请求体里没有。",
        steps: [
          { action: "列出字段。", check: "都在。" },
          { action: "重新发送。", check: "成功。" },
        ],
      },
    ],
    escalate: ["请求ID"],
    keywords: ["参数错误"],
    ...overrides,
  };
  // A field set to undefined is left out of the file.
  return matter.stringify(body, Object.fromEntries(Object.entries(data).filter(([, v]) => v !== undefined)));
}

function problemsOf(source: string): string[] {
  return parseTranslationFile("content/zh/codes/AIS.0101.md", source, englishEntry()).problems.map((p) => `${p.field}: ${p.problem}`);
}

describe("Chinese content: schema and parity with the English entry", () => {
  it("accepts a file that mirrors its English entry and returns its text", () => {
    const { text, problems } = parseTranslationFile("content/zh/codes/AIS.0101.md", chineseFile(), englishEntry());
    expect(problems).toEqual([]);
    expect(text).toMatchObject({
      summary: "请求参数有误。",
      retryDetail: "先改正参数。",
      variantNotes: ["旧的形式。"],
      body: "参数不对。",
    });
    expect(text?.causes[1]?.steps).toHaveLength(2);
  });

  it("names a missing field, an unknown field and a missing body", () => {
    expect(problemsOf(chineseFile({ summary: undefined }))).toContainEqual(expect.stringMatching(/^summary: missing/));
    expect(problemsOf(chineseFile({ signals: ["x"] }))).toContainEqual(
      expect.stringMatching(/^\(front matter\): unknown field\(s\) signals/),
    );
    expect(problemsOf(chineseFile({ keywords: [] }))).toContainEqual(expect.stringMatching(/^keywords: /));
    expect(problemsOf(chineseFile({}, ""))).toContainEqual(expect.stringMatching(/^\(body\): missing/));
  });

  it("names causes out of order, a different number of steps, variants or ticket items", () => {
    const swapped = chineseFile({
      causes: [
        {
          id: "missing-field",
          title: "缺少字段",
          tell: "没有。",
          steps: [
            { action: "列出。", check: "在。" },
            { action: "发送。", check: "成功。" },
          ],
        },
        { id: "bad-value", title: "值不对", tell: "总是。", steps: [{ action: "检查。", check: "好。" }] },
      ],
    });
    expect(problemsOf(swapped)).toEqual([
      'causes[0].id: expected "bad-value" (the English causes\' order), found "missing-field"',
      'causes[0].steps: expected 1 step(s), as in the English cause "bad-value", found 2',
      'causes[1].id: expected "missing-field" (the English causes\' order), found "bad-value"',
      'causes[1].steps: expected 2 step(s), as in the English cause "missing-field", found 1',
    ]);
    expect(problemsOf(chineseFile({ variants: [] }))).toEqual([
      "variants: expected 1 note(s), one per English variant in the same order, found 0",
    ]);
    expect(problemsOf(chineseFile({ escalate: ["a", "b"] }))).toEqual(["escalate: expected 1 item(s), as in the English entry, found 2"]);
    expect(problemsOf(chineseFile({ httpStatusNote: undefined }))).toEqual(["httpStatusNote: missing; the English entry has one"]);
  });

  it("names a file that translates another entry", () => {
    expect(problemsOf(chineseFile({ code: "AIS.0102" }))).toEqual(['code: expected "AIS.0101", the entry this file translates']);
  });

  const folder = useTempFolders("zh-");
  it("names every entry without a Chinese file and every file without an English entry", () => {
    const dir = folder({ "AIS.0102.md": chineseFile({ code: "AIS.0102" }) });
    try {
      attachTranslations(dir, [englishEntry()], dir);
      expect.unreachable("a missing Chinese file must fail");
    } catch (error) {
      const problems = (error as { problems: { file: string; field: string }[] }).problems;
      expect(problems.map((p) => `${path.basename(p.file)} ${p.field}`)).toEqual(["AIS.0102.md (file name)", "AIS.0101.md (file)"]);
    }
  });

  it("the shipped content: every entry has its Chinese text, with as many causes and steps as in English", () => {
    const entries = loadContent();
    for (const entry of entries) {
      expect(entry.zh, entry.file).toBeDefined();
      expect(
        entry.zh!.causes.map((c) => c.steps.length),
        entry.file,
      ).toEqual(entry.causes.map((c) => c.steps.length));
      // Written in Chinese: the summary and the body hold CJK characters.
      expect(entry.zh!.summary, entry.file).toMatch(/\p{Script=Han}/u);
      expect(entry.zh!.body, entry.file).toMatch(/\p{Script=Han}/u);
      expect(
        entry.zh!.keywords.some((k) => /\p{Script=Han}/u.test(k)),
        entry.file,
      ).toBe(true);
    }
  });
});
