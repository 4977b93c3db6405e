/**
 * Prints the JavaScript each page sends on first load (gzip), from the last
 * production build (.next), against the budgets. Run `npm run build` first.
 */
import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

const root = path.join(process.cwd(), ".next");
/** Each page's route in the build manifest, and its budget; the Chinese pages have the English budgets. */
const BUDGETS_KB: Array<[string, string, number]> = [
  ["home", "/(en)/page", 150],
  ["code page", "/(en)/codes/[slug]/page", 140],
  ["diagnose", "/(en)/diagnose/page", 170],
  ["zh home", "/zh/page", 150],
  ["zh code page", "/zh/codes/[slug]/page", 140],
  ["zh diagnose", "/zh/diagnose/page", 170],
];

/** The layouts a page renders in: "/layout", "/(en)/layout", ... down to the page's own folder. */
function layoutKeys(pageKey: string): string[] {
  const parts = pageKey.split("/").slice(1, -1);
  return ["/layout", ...parts.map((_, i) => `/${parts.slice(0, i + 1).join("/")}/layout`)];
}

function main(): void {
  const manifestPath = path.join(root, "app-build-manifest.json");
  if (!fs.existsSync(manifestPath)) {
    console.error("bench-bundle: no production build found in .next; run `npm run build` first.");
    process.exit(1);
  }
  const manifest = JSON.parse(fs.readFileSync(manifestPath, "utf8")) as { pages: Record<string, string[]> };
  const sizes = new Map<string, number>();
  const gz = (file: string) => {
    if (!sizes.has(file)) sizes.set(file, gzipSync(fs.readFileSync(path.join(root, file)), { level: 9 }).length);
    return sizes.get(file)!;
  };

  console.log("\nFirst-load JavaScript per page (gzip, from .next)");
  console.log("page           files   gzip KiB   budget KiB   ok");
  let failed = false;
  for (const [name, key, budget] of BUDGETS_KB) {
    if (!manifest.pages[key]) {
      console.error(`bench-bundle: ${key} is not in the build manifest; the app's routes have moved, update BUDGETS_KB.`);
      process.exit(1);
    }
    const layouts = layoutKeys(key).flatMap((k) => manifest.pages[k] ?? []);
    const files = [...new Set([...layouts, ...manifest.pages[key]])].filter((f) => f.endsWith(".js"));
    const kib = files.reduce((sum, f) => sum + gz(f), 0) / 1024;
    const ok = kib <= budget;
    failed ||= !ok;
    console.log(
      `${name.padEnd(14)} ${String(files.length).padStart(5)} ${kib.toFixed(1).padStart(10)} ${String(budget).padStart(12)}   ${ok ? "yes" : "NO"}`,
    );
  }
  if (process.argv.includes("--check") && failed) process.exit(1);
}

main();
