/**
 * Prints the JavaScript each page sends on first load (gzip), from the last
 * production build (.next, or NEXT_DIST_DIR), against the budgets. Run
 * `npm run build` first.
 *
 * Read from each prerendered page's own HTML (server/app/<page>.html): every
 * `<script src>` it loads, and the chunks Turbopack's chunk-list script names
 * (`otherChunks`), each counted once. That is what a browser fetches before the
 * page is interactive, whichever bundler or manifest format the build used.
 */
import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

const root = path.join(process.cwd(), process.env.NEXT_DIST_DIR || ".next");
/** Each page's prerendered HTML under server/app, and its budget; the Chinese pages have the English budgets. */
const BUDGETS_KB: Array<[string, string, number]> = [
  ["home", "index.html", 150],
  ["code page", "codes/APIG.0301.html", 140],
  ["diagnose", "diagnose.html", 170],
  ["zh home", "zh.html", 150],
  ["zh code page", "zh/codes/APIG.0301.html", 140],
  ["zh diagnose", "zh/diagnose.html", 170],
];

/** The build's base path, from the config the build recorded. */
function basePath(): string {
  const file = path.join(root, "required-server-files.json");
  const { config } = JSON.parse(fs.readFileSync(file, "utf8")) as { config: { basePath?: string } };
  return (config.basePath ?? "").replace(/\/+$/, "");
}

/** The files (relative to the build folder, or "public/…") a page's HTML loads as scripts. */
function scriptFiles(html: string, base: string): string[] {
  const files = new Set<string>();
  for (const match of html.matchAll(/<script\b([^>]*)>/g)) {
    const attributes = match[1] ?? "";
    // A nomodule script (Next's polyfills) is skipped by every browser that runs modules.
    if (/\snomodule\b/i.test(attributes)) continue;
    const src = decodeURIComponent(/\ssrc="([^"]+)"/.exec(attributes)?.[1] ?? "")
      .replace(/&amp;/g, "&")
      .split(/[?#]/)[0];
    if (!src) continue;
    const local = src.startsWith(`${base}/`) ? src.slice(base.length) : src;
    if (local.startsWith("/_next/")) files.add(local.slice("/_next/".length));
    else if (local.startsWith("/") && !local.startsWith("//")) files.add(`public${local}`);
  }
  for (const match of html.matchAll(/"otherChunks":\[([^\]]*)\]/g)) {
    for (const chunk of (match[1] ?? "").matchAll(/"([^"]+\.js)"/g)) files.add(chunk[1] ?? "");
  }
  files.delete("");
  return [...files];
}

function main(): void {
  const pagesDir = path.join(root, "server", "app");
  if (!fs.existsSync(path.join(root, "required-server-files.json")) || !fs.existsSync(pagesDir)) {
    console.error(`bench-bundle: no production build found in ${path.relative(process.cwd(), root)}; run \`npm run build\` first.`);
    process.exit(1);
  }
  const base = basePath();
  const sizes = new Map<string, number>();
  const gz = (file: string) => {
    if (!sizes.has(file)) {
      const full = file.startsWith("public/") ? path.join(process.cwd(), file) : path.join(root, file);
      sizes.set(file, gzipSync(fs.readFileSync(full), { level: 9 }).length);
    }
    return sizes.get(file)!;
  };

  console.log(`\nFirst-load JavaScript per page (gzip, from ${path.relative(process.cwd(), root)})`);
  console.log("page           files   gzip KiB   budget KiB   ok");
  let failed = false;
  for (const [name, page, budget] of BUDGETS_KB) {
    const htmlFile = path.join(pagesDir, page);
    if (!fs.existsSync(htmlFile)) {
      console.error(`bench-bundle: ${page} is not in the build's prerendered pages; the app's routes have moved, update BUDGETS_KB.`);
      process.exit(1);
    }
    const files = scriptFiles(fs.readFileSync(htmlFile, "utf8"), base);
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
