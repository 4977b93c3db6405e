/**
 * No regular expression in lib/ can take super-linear time: each one is
 * checked with recheck (an automaton and fuzzing ReDoS checker), and none is
 * built at run time from text a checker cannot see.
 */
import { checkSync } from "recheck";
import { describe, expect, it } from "vitest";
import { regexesIn } from "./regexes";

const { literals, dynamic } = regexesIn(process.cwd());

/** A fuzzing verdict stands when its attack string keeps one search busy this long here (a linear search of it takes a few ms). */
const CONFIRM_MS = 250;

/** How long one search of `text` takes, in ms. */
function searchMs(source: string, flags: string, text: string): number {
  const re = new RegExp(source, flags.replace(/[gy]/g, ""));
  const start = performance.now();
  re.exec(text);
  return performance.now() - start;
}

/**
 * Whether recheck's verdict is to be believed. The automaton checker's always is. The fuzzing checker (for
 * lookbehinds and back-references) grows candidate strings within time limits, so on a machine under load it
 * has called a linear pattern slow; its verdict stands when the attack string it found is slow here too.
 */
function slowForReal(result: Extract<ReturnType<typeof checkSync>, { status: "vulnerable" }>): boolean {
  return result.checker !== "fuzz" || searchMs(result.source, result.flags, result.attack.string) > CONFIRM_MS;
}

describe("regular expressions in lib/", () => {
  it("are found (the reader of the source works)", () => {
    expect(literals.length).toBeGreaterThan(50);
  });

  it("are all written as literals, so they can be checked", () => {
    expect(dynamic.map((d) => `${d.file}:${d.line} ${d.text}`)).toEqual([]);
  });

  it("run in linear time on every input (recheck)", { timeout: 300_000 }, () => {
    const slow: string[] = [];
    for (const r of literals) {
      // A fixed seed: the fuzzing checker (used for lookbehinds and back-references) gives the same verdict on every run.
      const result = checkSync(r.source, r.flags, { timeout: 20_000, randomSeed: 20261127 });
      if (result.status === "vulnerable" && slowForReal(result)) {
        slow.push(`${r.file}:${r.line} /${r.source}/${r.flags} is ${result.complexity.type}; attack: ${result.attack.pattern}`);
      } else if (result.status === "unknown") {
        slow.push(`${r.file}:${r.line} /${r.source}/${r.flags} could not be checked: ${result.error.kind}`);
      }
    }
    expect(slow).toEqual([]);
  });

  it("times a quadratic pattern's attack string as slow, and a linear one's as fast", { timeout: 60_000 }, () => {
    // Each start position runs "a+" to the end of the "a"s and back before failing: quadratic.
    const run = "a".repeat(60_000);
    expect(searchMs("a+b", "", run)).toBeGreaterThan(CONFIRM_MS);
    expect(searchMs("(?<!b)a{1,3}c", "", run)).toBeLessThan(CONFIRM_MS);
  });
});
