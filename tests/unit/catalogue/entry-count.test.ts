/**
 * The number of entries changes whenever a code is added: it is never written
 * by hand in the README or a test, which work it out from the catalogue.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { catalogue } from "@/lib/catalogue";

const root = process.cwd();
const n = catalogue.length;

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "fixtures" ? [] : filesUnder(full);
    return /\.(ts|tsx)$/.test(e.name) ? [full] : [];
  });
}

describe("the entry count", () => {
  it("is not written in the README", () => {
    const readme = fs.readFileSync(path.join(root, "README.md"), "utf8");
    const counts = [n, n + 3].map(String); // entries, and the static pages (one per entry, home, diagnose, 404)
    const found = readme
      .split("\n")
      .filter((line) => counts.some((c) => new RegExp(`"entries":\\s*${c}\\b|\\b${c} (?:entries|codes|static pages|pages)\\b`).test(line)));
    expect(found).toEqual([]);
  });

  it("is not written in the tests", () => {
    const found = filesUnder(path.join(root, "tests")).flatMap((file) =>
      fs
        .readFileSync(file, "utf8")
        .split("\n")
        .map((line, i) => ({ at: `${path.relative(root, file)}:${i + 1}`, line }))
        .filter(({ line }) => new RegExp(`(?:toHaveLength|toBe|toEqual)\\(${n}\\)`).test(line)),
    );
    expect(found.map((f) => `${f.at}: ${f.line.trim()}`)).toEqual([]);
  });
});
