/** Each limit is written once (lib/classify/limits.ts); everything else reads it from there. */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { clipToWindow, CONTEXT_WINDOW, MAX_INPUT_CHARS } from "@/lib/classify/limits";
import { MAX_PASTE_CHARS } from "@/lib/diagnose/limits";
import { first } from "./helpers";

function libFiles(dir = path.join(process.cwd(), "lib")): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? libFiles(full) : /\.tsx?$/.test(e.name) ? [full] : [];
  });
}

describe("limits", () => {
  it("the diagnose page's paste limit is the classifier's", () => {
    expect(MAX_PASTE_CHARS).toBe(MAX_INPUT_CHARS);
  });

  it("the context window and the input limit are written only in lib/classify/limits.ts", () => {
    const copies = libFiles()
      .filter((f) => !f.endsWith(path.join("classify", "limits.ts")))
      .flatMap((f) =>
        fs
          .readFileSync(f, "utf8")
          .split("\n")
          .map((line, i) => ({ where: `${path.relative(process.cwd(), f)}:${i + 1}`, line }))
          .filter(({ line }) => new RegExp(`(?<![\\d.])${CONTEXT_WINDOW}(?![\\d])`).test(line) || /5 \* 1024 \* 1024/.test(line)),
      )
      .map((c) => `${c.where}: ${c.line.trim()}`);
    expect(copies).toEqual([]);
  });

  it("a message is read up to the context window", () => {
    expect(clipToWindow("x".repeat(CONTEXT_WINDOW + 10))).toHaveLength(CONTEXT_WINDOW);
    const long = `The input parameter is invalid. ${"y".repeat(CONTEXT_WINDOW * 2)}`;
    const f = first(JSON.stringify({ error_code: "AIS.0101", error_msg: long }));
    expect(f.message!.length).toBeLessThanOrEqual(CONTEXT_WINDOW);
  });
});
