/**
 * `npm run build:static`: the static edition, a folder of plain files any static web server, object
 * storage website or CDN can serve (README, "Static edition").
 *
 *   npm run build:static                 # reuses the production build in .next, or makes one
 *   npm run build:static -- --build      # always builds first (`npm run build`)
 *   npm run build:static -- --out DIR    # another folder (default out-static, or STATIC_OUT)
 *
 * How: the production server (scripts/server.ts) is started on 127.0.0.1 and every address of the
 * edition (lib/static/plan.ts: each page in both languages, the 404 pages, the OpenSearch descriptions,
 * the JSON API as files) is fetched from it and written where lib/static/layout.ts says, so the HTML is
 * byte for byte what the server sends, apart from the page's Content-Security-Policy, which goes into a
 * `<meta>` tag (lib/static/meta-csp.ts). Then `.next/static` is copied to `_next/static` and `public/` to
 * the top, and every `/_next/static/…` file a page names is checked to be there.
 *
 * Read from the build: the base path (BASE_PATH) and SITE_URL (from the home page's canonical link).
 * Setting BASE_PATH to something else than the build's makes a new build. NOTES_DIR and FRAME_ANCESTORS
 * are the build's too (frame-ancestors cannot be set from a page: see the README). STATIC_BUILD_PORT
 * (default 3401) is where the server listens while the pages are fetched.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { pageFile } from "../lib/static/layout";
import { withMetaCsp } from "../lib/static/meta-csp";
import { staticEditionPlan, type StaticItem } from "../lib/static/plan";
import { buildBasePath, distDir, startAppProduction, stopAll } from "./lib/serve-build";

const ROOT = process.cwd();
const FETCH_CONCURRENCY = 8;

function fail(message: string): never {
  console.error(`build:static: ${message}`);
  process.exit(1);
}

interface Options {
  out: string;
  build: boolean;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { out: process.env.STATIC_OUT || "out-static", build: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--build") options.build = true;
    else if (arg === "--out" && argv[i + 1]) options.out = argv[++i]!;
    else fail(`unexpected argument ${JSON.stringify(arg)}\nusage: npm run build:static [-- --build] [-- --out DIR]`);
  }
  return options;
}

function hasBuild(): boolean {
  return fs.existsSync(path.join(distDir(ROOT), "BUILD_ID")) && fs.existsSync(path.join(distDir(ROOT), "prerender-manifest.json"));
}

/** The origin of the build's canonical links (SITE_URL when the build had it), or "" for paths. */
function builtSiteOrigin(): string {
  const home = path.join(distDir(ROOT), "server", "app", "index.html");
  const html = fs.existsSync(home) ? fs.readFileSync(home, "utf8") : "";
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1] ?? "";
  return /^https?:\/\//.test(canonical) ? new URL(canonical).origin : "";
}

/** Runs the ordinary production build (`npm run build`), with this process's environment. */
function runBuild(reason: string): void {
  console.log(`build:static: ${reason}; running \`npm run build\` ...`);
  const result = spawnSync("npm", ["run", "build"], { cwd: ROOT, stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (result.status !== 0) fail("`npm run build` failed");
}

async function fetchItem(origin: string, basePath: string, item: StaticItem): Promise<Buffer> {
  // The base path's home is "/ocr-errors", not "/ocr-errors/" (the server redirects the latter).
  const url = origin + (basePath && item.address === "/" ? basePath : basePath + item.address);
  const response = await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(30_000) });
  const body = Buffer.from(await response.arrayBuffer());
  if (response.status !== item.status) {
    throw new Error(`${item.address}: the server answered ${response.status}, expected ${item.status}`);
  }
  const type = response.headers.get("content-type") ?? "";
  const wantHtml = item.kind === "page" || item.kind === "not-found";
  if (wantHtml !== type.startsWith("text/html")) throw new Error(`${item.address}: unexpected content-type ${type}`);
  if (item.kind === "json" && !type.startsWith("application/json")) throw new Error(`${item.address}: unexpected content-type ${type}`);
  return body;
}

/** What goes in the file: pages get their policy in a meta tag; the OpenSearch descriptions lose the crawl's origin. */
function fileBody(item: StaticItem, body: Buffer, crawlOrigin: string, siteOrigin: string): Buffer {
  if (item.kind === "page" || item.kind === "not-found") {
    // The not-found pages may be rendered on request (the Chinese one is), with React's streaming runtime.
    const result = withMetaCsp(body.toString("utf8"), { streamed: item.kind === "not-found" });
    if (!result.ok) throw new Error(`${item.address}: ${result.problem}`);
    return Buffer.from(result.html, "utf8");
  }
  if (item.file.endsWith("opensearch.xml") && !siteOrigin) {
    // Without SITE_URL the server names the host it was asked on, here the crawl's: leave paths instead.
    return Buffer.from(body.toString("utf8").replaceAll(crawlOrigin, ""), "utf8");
  }
  return body;
}

async function inBatches<T>(items: readonly T[], size: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const runners = Array.from({ length: Math.min(size, items.length) }, async () => {
    while (next < items.length) await work(items[next++]!);
  });
  await Promise.all(runners);
}

function writeFile(outDir: string, relative: string, body: Buffer | string): void {
  const target = path.join(outDir, ...relative.split("/"));
  if (!target.startsWith(outDir + path.sep)) fail(`${relative} is outside the output folder`);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, body);
}

/** Copies a folder's files into `to`, refusing to overwrite one already written. */
function copyTree(from: string, to: string, outDir: string): number {
  let count = 0;
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) count += copyTree(source, target, outDir);
    else if (entry.isFile()) {
      if (fs.existsSync(target)) fail(`${path.relative(outDir, target)} would be overwritten by ${path.relative(ROOT, source)}`);
      fs.mkdirSync(to, { recursive: true });
      fs.copyFileSync(source, target);
      count++;
    }
  }
  return count;
}

/** The `/_next/static/…` files the pages name (src and href), checked to be in the folder. */
function missingAssets(outDir: string, basePath: string, htmlFiles: readonly string[]): string[] {
  const missing = new Set<string>();
  const prefix = `${basePath}/_next/static/`;
  for (const file of htmlFiles) {
    const html = fs.readFileSync(path.join(outDir, file), "utf8");
    for (const match of html.matchAll(/(?:src|href)="([^"]+)"/g)) {
      const ref = match[1]!.replace(/&amp;/g, "&").split(/[?#]/)[0] ?? "";
      if (!ref.startsWith(prefix)) continue;
      const relative = decodeURIComponent(ref.slice(basePath.length + 1));
      if (!fs.existsSync(path.join(outDir, ...relative.split("/")))) missing.add(`${relative} (named by ${file})`);
    }
  }
  return [...missing];
}

async function main(): Promise<void> {
  const started = performance.now();
  const options = parseArgs(process.argv.slice(2));
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  const wantedBase = process.env.BASE_PATH === undefined ? null : process.env.BASE_PATH.replace(/\/+$/, "");
  if (options.build) runBuild("--build given");
  else if (!hasBuild()) runBuild(`no production build in ${path.relative(ROOT, distDir(ROOT))}`);
  else if (wantedBase !== null && wantedBase !== buildBasePath(ROOT)) {
    runBuild(`BASE_PATH is "${wantedBase}" but the build in ${path.relative(ROOT, distDir(ROOT))} has "${buildBasePath(ROOT)}"`);
  } else console.log(`build:static: reusing the production build in ${path.relative(ROOT, distDir(ROOT))} (--build to make a new one).`);

  const basePath = buildBasePath(ROOT);
  const siteOrigin = builtSiteOrigin();
  const envOrigin = process.env.SITE_URL
    ? (() => {
        try {
          return new URL(process.env.SITE_URL!).origin;
        } catch {
          return "";
        }
      })()
    : "";
  if (envOrigin && envOrigin !== siteOrigin) {
    console.warn(
      `build:static: SITE_URL is ${envOrigin} but the build was made with ${siteOrigin || "none"}; the build's is used (--build to rebuild).`,
    );
  }
  if (!siteOrigin) {
    console.warn(
      "build:static: the build has no SITE_URL: canonical links are paths, and the OpenSearch descriptions use paths, " +
        "which some browsers do not accept. Build with SITE_URL=https://your.host to make them absolute.",
    );
  }

  const slugs = JSON.parse(fs.readFileSync(path.join(ROOT, "generated", "slugs.json"), "utf8")) as string[];
  const manifest = JSON.parse(fs.readFileSync(path.join(distDir(ROOT), "prerender-manifest.json"), "utf8")) as {
    routes?: Record<string, unknown>;
  };
  const plan = staticEditionPlan(slugs, Object.keys(manifest.routes ?? {}));

  const outDir = path.resolve(ROOT, options.out);
  if (outDir === ROOT || !outDir.startsWith(ROOT + path.sep)) fail(`--out must be a folder inside ${ROOT}`);
  const work = `${outDir}.partial`;
  fs.rmSync(work, { recursive: true, force: true });
  fs.mkdirSync(work, { recursive: true });

  const port = Number(process.env.STATIC_BUILD_PORT || 3401);
  const server = await startAppProduction(ROOT, { SITE_URL: siteOrigin || undefined }, port);
  const crawlStarted = performance.now();
  const bytes = { page: 0, "not-found": 0, json: 0, asset: 0 };
  try {
    await inBatches(plan, FETCH_CONCURRENCY, async (item) => {
      const body = fileBody(item, await fetchItem(server.origin, basePath, item), server.origin, siteOrigin);
      bytes[item.kind] += body.length;
      writeFile(work, item.file, body);
    });
  } finally {
    await server.stop();
  }
  const crawlSeconds = (performance.now() - crawlStarted) / 1000;

  const assets = copyTree(path.join(distDir(ROOT), "static"), path.join(work, "_next", "static"), work);
  const publicDir = path.join(ROOT, "public");
  const publicFiles = fs.existsSync(publicDir) ? copyTree(publicDir, work, work) : 0;

  const htmlFiles = plan.filter((i) => i.kind === "page" || i.kind === "not-found").map((i) => i.file);
  const missing = missingAssets(work, basePath, htmlFiles);
  if (missing.length > 0) fail(`pages name files the build does not have:\n  ${missing.slice(0, 20).join("\n  ")}`);
  if (!htmlFiles.includes(pageFile("/codes/APIG.0308")) && slugs.includes("APIG.0308")) fail("no page for APIG.0308");

  fs.rmSync(outDir, { recursive: true, force: true });
  fs.renameSync(work, outDir);

  const count = (kind: StaticItem["kind"]) => plan.filter((i) => i.kind === kind).length;
  const kb = (n: number) => `${(n / 1024).toFixed(0)} KiB`;
  console.log(
    `build:static: ${path.relative(ROOT, outDir)}/ for ${basePath || "/"}: ${count("page")} pages (${kb(bytes.page)}), ` +
      `${count("not-found")} not-found pages, ${count("json")} JSON files (${kb(bytes.json)}), ${count("asset")} other files, ` +
      `${assets} files of _next/static, ${publicFiles} from public/; fetched in ${crawlSeconds.toFixed(1)} s, ` +
      `${((performance.now() - started) / 1000).toFixed(1)} s in all.`,
  );
  console.log(`build:static: serve it with \`npm run serve:static\` (or any static server; README, "Static edition").`);
}

main()
  .then(async () => {
    await stopAll();
    process.exit(0);
  })
  .catch(async (err: unknown) => {
    console.error(`build:static: ${err instanceof Error ? err.message : String(err)}`);
    await stopAll();
    process.exit(1);
  });
