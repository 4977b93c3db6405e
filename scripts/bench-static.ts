/**
 * The static edition's size (`npm run build:static` first): how many files, their bytes and their gzip bytes
 * (level 9, each file on its own, as a server or CDN compresses them), in all and by kind: pages, the JSON
 * API, Next's build assets (_next/static) and the rest. Part of `npm run bench`; prints a note and exits 0
 * when there is no static edition, so the bench runs on without it.
 *
 *   tsx scripts/bench-static.ts [DIR]     # default out-static (or STATIC_OUT)
 */
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

interface Tally {
  files: number;
  bytes: number;
  gzip: number;
}

function kindOf(relative: string): string {
  if (relative.startsWith("_next/static/")) return "_next/static (scripts, styles, worker)";
  if (relative.endsWith(".html")) return "HTML pages (404s included)";
  if (relative.startsWith("api/") && relative.endsWith(".json")) return "JSON API files";
  return "other (OpenSearch, icon, public/)";
}

function* walk(dir: string, prefix = ""): Generator<string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) yield* walk(path.join(dir, entry.name), relative);
    else if (entry.isFile()) yield relative;
  }
}

const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

function main(): void {
  const dir = path.resolve(process.argv[2] ?? process.env.STATIC_OUT ?? "out-static");
  if (!fs.existsSync(path.join(dir, "index.html"))) {
    console.log(
      `bench-static: no static edition in ${path.relative(process.cwd(), dir) || dir}; run \`npm run build:static\` to measure it.`,
    );
    return;
  }
  const total: Tally = { files: 0, bytes: 0, gzip: 0 };
  const byKind = new Map<string, Tally>();
  for (const relative of walk(dir)) {
    const body = fs.readFileSync(path.join(dir, ...relative.split("/")));
    const gzip = zlib.gzipSync(body, { level: 9 }).length;
    const kind = byKind.get(kindOf(relative)) ?? { files: 0, bytes: 0, gzip: 0 };
    for (const tally of [kind, total]) {
      tally.files++;
      tally.bytes += body.length;
      tally.gzip += gzip;
    }
    byKind.set(kindOf(relative), kind);
  }
  console.log(
    `\nStatic edition (${path.relative(process.cwd(), dir)}/): ${total.files} files, ${total.bytes} bytes (${kib(total.bytes)}), ` +
      `gzip ${total.gzip} bytes (${kib(total.gzip)})\n`,
  );
  const rows = [...byKind.entries()].sort((a, b) => b[1].bytes - a[1].bytes);
  const width = Math.max(...rows.map(([k]) => k.length));
  console.log(`${"kind".padEnd(width)}  ${"files".padStart(5)}  ${"bytes".padStart(12)}  ${"gzip".padStart(12)}`);
  for (const [kind, t] of rows) {
    console.log(`${kind.padEnd(width)}  ${String(t.files).padStart(5)}  ${kib(t.bytes).padStart(12)}  ${kib(t.gzip).padStart(12)}`);
  }
}

main();
