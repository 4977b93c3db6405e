/**
 * One text-folding helper (lib/classify/strings.ts) for every comparison of
 * messages: the free-text message scanner folds quotes and spaces exactly as
 * the patterns it looks for are folded, so a pasted message is found whatever
 * apostrophe or spacing it was copied with.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { scanMessages } from "@/lib/classify/extract/messages";
import { foldKeepingOffsets, foldQuotes, foldText } from "@/lib/classify/strings";
import { classify, first } from "./helpers";

const TAX = "Service request error or the tax authority's interface was malfunctioning.";

describe("a message in free text", () => {
  // Quote kinds a copy from a web page, a word processor or a Chinese input method turns an apostrophe into.
  it.each(["\u2019", "\u2032", "\uff07", "\u201b"])("is found with %s for the apostrophe", (quote) => {
    const written = TAX.replace("'", quote);
    const f = first(`2024-05-01 10:00:03 ERROR ${written}\n`);
    expect(f).toMatchObject({ entrySlug: "AIS.0118", matchedBy: "message", message: written });
  });

  it.each([
    ["two spaces", "Backend  timeout."],
    ["a tab", "Backend\ttimeout."],
    ["a no-break space", "Backend\u00a0timeout."],
    ["an ideographic space", "Backend\u3000timeout."],
  ])("is found with %s between its words, and quoted as written", (_name, written) => {
    const text = `2024-05-01 10:00:03 WARN ${written}\nnext line`;
    const f = first(text);
    expect(f).toMatchObject({ entrySlug: "APIG.0201", matchedBy: "message", message: written, firstLine: 1 });
  });

  it("keeps the paste's own offsets when spaces before it were folded", () => {
    const text = `a    b\t\t c   WARN   The   input   parameter is invalid.  \nx`;
    const hit = scanMessages(text, ["the input parameter is invalid"])[0]!;
    expect(text.slice(hit.offset, hit.end)).toBe("The   input   parameter is invalid.");
    expect(hit.message).toBe("The   input   parameter is invalid.");
  });

  it("still stops at the end of its line", () => {
    const { findings } = classify("WARN Backend timeout.\nsomething else");
    expect(findings.map((f) => f.message)).toEqual(["Backend timeout."]);
  });
});

describe("foldKeepingOffsets", () => {
  it("folds as foldText does, line breaks aside, and leads every offset back", () => {
    const samples = [
      "",
      "plain",
      "A  B",
      "  lead and trail  ",
      "x\t \u00a0y\n  z",
      "It\u2019s  \u201cQuoted\u201d\r\n\r\nend",
      `${"a".repeat(50) + " ".repeat(50)}b`,
    ];
    for (const text of samples) {
      for (const keepLineBreaks of [true, false]) {
        const folded = foldKeepingOffsets(text, { keepLineBreaks });
        if (!keepLineBreaks) expect(folded.text).toBe(foldText(text));
        else expect(folded.text.split("\n").map(foldText)).toEqual(text.split("\n").map(foldText));
        expect(folded.at(0)).toBe(0);
        expect(folded.at(folded.text.length)).toBe(text.length);
        for (let i = 0; i < folded.text.length; i++) {
          const o = folded.at(i);
          if (folded.text[i] !== " ") expect(foldQuotes(text[o]!.toLowerCase()), `${JSON.stringify(text)}[${i}]`).toBe(folded.text[i]);
          if (i > 0) expect(o).toBeGreaterThan(folded.at(i - 1));
        }
      }
    }
  });
});

describe("quotes and spaces are folded in one place", () => {
  it("no other file in lib/ lists quote kinds or folds runs of spaces itself", () => {
    const strings = path.join("lib", "classify", "strings.ts");
    const files = (function walk(dir: string): string[] {
      return fs
        .readdirSync(dir, { withFileTypes: true })
        .flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
    })("lib").filter((f) => /\.tsx?$/.test(f) && f !== strings && !f.includes(`${path.sep}i18n${path.sep}`));
    const copies: string[] = [];
    for (const file of files) {
      fs.readFileSync(file, "utf8")
        .split("\n")
        .forEach((line, i) => {
          if (/\\s\+\/g,\s*" "|\.replace\(\s*\/\[[^\]]*(?:\\u2018|\\u201c|[\u2018\u201c])/.test(line))
            copies.push(`${file}:${i + 1}: ${line.trim()}`);
        });
    }
    expect(copies).toEqual([]);
  });
});
