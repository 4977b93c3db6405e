/**
 * How each reader of pastes scales on hostile text: for every extractor, the
 * log reader, the masker and the whole classifier, the time on 64 KiB and on
 * 512 KiB of each hostile input (scripts/lib/hostile-inputs.ts). A linear
 * reader takes about 8 times as long on the larger; the test allows 10.
 * Prints, per reader, its slowest input at 512 KiB and its worst ratio.
 *
 * Usage: npx tsx scripts/bench-scaling.ts [--all]   (--all prints every input)
 */
import path from "node:path";
import { loadCatalogue } from "../lib/catalogue/load";
import { fastest, HOSTILE, readers } from "./lib/hostile-inputs";

const KIB = 1024;
const all = process.argv.includes("--all");
const entries = loadCatalogue(path.join(process.cwd(), "content", "codes"));

console.log(`scaling on hostile input: ${HOSTILE.length} inputs, 64 KiB and 512 KiB (fastest of 3 and 2 runs)\n`);
for (const reader of readers(entries)) {
  let worst = { ratio: 0, name: "", small: 0, large: 0 };
  let slowest = { name: "", large: 0 };
  for (const h of HOSTILE) {
    const small = fastest(reader.read, h.make(64 * KIB), 3);
    const large = fastest(reader.read, h.make(512 * KIB), 2);
    const ratio = large / Math.max(small, 0.5);
    if (ratio > worst.ratio) worst = { ratio, name: h.name, small, large };
    if (large > slowest.large) slowest = { name: h.name, large };
    if (all)
      console.log(
        `  ${reader.name.padEnd(22)} ${h.name.padEnd(52)} ${small.toFixed(1).padStart(8)} ms ${large.toFixed(1).padStart(9)} ms  x${ratio.toFixed(1)}`,
      );
  }
  console.log(
    `${reader.name.padEnd(22)} slowest at 512 KiB: ${slowest.large.toFixed(1).padStart(8)} ms (${slowest.name})   worst ratio x${worst.ratio.toFixed(1)} (${worst.name}: ${worst.small.toFixed(1)} → ${worst.large.toFixed(1)} ms)`,
  );
}
