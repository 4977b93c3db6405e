/**
 * Every reader of pastes (each extractor, the log reader, the masker and the
 * whole classifier) takes time in proportion to the paste on hostile input:
 * 512 KiB may take about 8 times as long as 64 KiB, and never more than
 * MAX_RATIO times. A quadratic reader would take 64 times as long. The
 * figures are printed by `npm run bench` (scripts/bench-scaling.ts).
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../../lib/catalogue/load";
import { fastest, HOSTILE, readers } from "../../../scripts/lib/hostile-inputs";

const KIB = 1024;
/** Linear is 8; the rest is room for the garbage collector and a busy machine. */
const MAX_RATIO = 12;
/** Below this the small input's time is mostly noise, so it counts as this much. */
const FLOOR_MS = 2;
/** A reader this slow on 64 KiB fails at once: at 512 KiB a quadratic one would run for minutes. */
const SMALL_BUDGET_MS = 2000;

const entries = loadCatalogue(path.join(process.cwd(), "content", "codes"));

function ratio(read: (t: string) => unknown, small: string, large: string, runs: number): { small: number; large: number; ratio: number } {
  const s = fastest(read, small, runs);
  const l = fastest(read, large, runs);
  return { small: s, large: l, ratio: l / Math.max(s, FLOOR_MS) };
}

describe("time grows linearly with the paste on hostile input", () => {
  it.each(readers(entries).map((r) => [r.name, r] as const))("%s", { timeout: 240_000 }, (_name, reader) => {
    const slow: string[] = [];
    for (const h of HOSTILE) {
      const small = h.make(64 * KIB);
      const first = fastest(reader.read, small, 1);
      if (first > SMALL_BUDGET_MS) {
        slow.push(`${h.name}: ${first.toFixed(0)} ms at 64 KiB already`);
        continue;
      }
      const large = h.make(512 * KIB);
      let r = ratio(reader.read, small, large, 2);
      // A slow reading can be the machine; measure again, longer, before calling it the reader's (a quadratic
      // reader stays near x64 however often it is measured; a busy machine does not stay busy for every run).
      if (r.ratio > MAX_RATIO) r = ratio(reader.read, small, large, 5);
      if (r.ratio > MAX_RATIO) r = ratio(reader.read, small, large, 9);
      if (r.ratio > MAX_RATIO)
        slow.push(`${h.name}: ${r.small.toFixed(1)} ms at 64 KiB, ${r.large.toFixed(1)} ms at 512 KiB (x${r.ratio.toFixed(1)})`);
    }
    expect(slow).toEqual([]);
  });
});
