import { describe, expect, it } from "vitest";
import { catalogue, entryByCode } from "@/lib/catalogue";
import { localizeEntry } from "@/lib/catalogue/localize";
import { statusText } from "@/lib/catalogue/labels";
import { entryToMarkdown } from "@/lib/catalogue/markdown-export";
import { toPublicEntry } from "@/lib/catalogue/public";
import { renderBody } from "@/lib/catalogue/render-markdown";

const entry = entryByCode("APIG.0308")!;

describe("an entry in Chinese", () => {
  it("swaps every text a person reads and keeps the facts", () => {
    const zh = localizeEntry(entry, "zh");
    expect(zh.summary).toBe(entry.zh!.summary);
    expect(zh.retry).toEqual({ policy: entry.retry.policy, detail: entry.zh!.retryDetail });
    expect(zh.causes.map((c) => c.id)).toEqual(entry.causes.map((c) => c.id));
    expect(zh.causes[0]!.title).toBe(entry.zh!.causes[0]!.title);
    expect(zh.causes[0]!.signals).toEqual(entry.causes[0]!.signals);
    expect(zh.causes[0]!.steps[0]!.values).toEqual(entry.causes[0]!.steps[0]!.values);
    expect(zh.variants.map((v) => v.text)).toEqual(entry.variants.map((v) => v.text));
    expect(zh.variants.map((v) => v.note)).toEqual(entry.zh!.variantNotes);
    expect(zh.escalate).toEqual(entry.zh!.escalate);
    expect(zh.body).toBe(entry.zh!.body);
    // The documented messages, the code and the sources stay exactly as the API and the docs give them.
    expect(zh.messages).toEqual(entry.messages);
    expect(zh.message).toBe(entry.message);
    expect(zh.sources).toEqual(entry.sources);
    expect(localizeEntry(entry, "en")).toBe(entry);
  });

  it("every entry's Chinese page text differs from its English text", () => {
    for (const e of catalogue) {
      const zh = localizeEntry(e, "zh");
      expect(zh.summary, e.slug).not.toBe(e.summary);
      expect(
        zh.causes.map((c) => c.title),
        e.slug,
      ).not.toEqual(e.causes.map((c) => c.title));
    }
  });

  it("writes the Markdown export and the status in Chinese", () => {
    const md = entryToMarkdown(localizeEntry(entry, "zh"), "https://desk.example/zh/codes/APIG.0308", "zh");
    expect(md).toContain("## APIG.0308: The throttling threshold has been reached");
    expect(md).toContain("- 所属层: API网关");
    expect(md).toContain(`### 原因: ${entry.zh!.causes[0]!.title}`);
    expect(statusText({ httpStatus: null, statuses: [] }, "zh")).toBe("华为云文档未记载");
  });

  it("links the body's own pages to the Chinese pages", () => {
    expect(renderBody("See [APIG.0308](/codes/APIG.0308) and [the docs](https://example.com/codes/x).", "zh")).toContain(
      '<a href="/zh/codes/APIG.0308">APIG.0308</a> and <a href="https://example.com/codes/x">',
    );
    expect(renderBody("See [APIG.0308](/codes/APIG.0308).")).toContain('<a href="/codes/APIG.0308">');
  });

  it("the API shape: Chinese text, Chinese keywords and the Chinese page, without the raw translation", () => {
    const en = toPublicEntry(entry);
    const zh = toPublicEntry(entry, "/base", "zh");
    expect(en).not.toHaveProperty("zh");
    expect(zh).not.toHaveProperty("zh");
    expect(en.url).toBe("/codes/APIG.0308");
    expect(zh.url).toBe("/base/zh/codes/APIG.0308");
    expect(zh.summary).toBe(entry.zh!.summary);
    expect(zh.keywords).toEqual(entry.zh!.keywords);
    expect(zh.whatWentWrong).toBe(entry.zh!.body);
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  });
});
