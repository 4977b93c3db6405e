/**
 * No regular expression in lib/ can take super-linear time: each one is
 * checked with recheck (an automaton and fuzzing ReDoS checker), and none is
 * built at run time from text a checker cannot see.
 */
import { checkSync } from "recheck";
import { describe, expect, it } from "vitest";
import { regexesIn } from "./regexes";

const { literals, dynamic } = regexesIn(process.cwd());

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
      if (result.status === "vulnerable") {
        slow.push(`${r.file}:${r.line} /${r.source}/${r.flags} is ${result.complexity.type}; attack: ${result.attack.pattern}`);
      } else if (result.status === "unknown") {
        slow.push(`${r.file}:${r.line} /${r.source}/${r.flags} could not be checked: ${result.error.kind}`);
      }
    }
    expect(slow).toEqual([]);
  });
});
