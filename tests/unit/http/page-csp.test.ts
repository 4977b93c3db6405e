import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { inlineScripts, loadPageScriptTable, nextPageScriptHashes, routeOf, scriptHash } from "@/lib/http/page-csp";

const BOOT = "(self.__next_f=self.__next_f||[]).push([0])";
const push = (chunk: string) => `self.__next_f.push(${JSON.stringify([1, chunk])})`;
const RSC = '1:"$Sreact.fragment"\n0:{"P":null,"b":"build"}\n2:["$","h1",null,{"children":"APIG.0308"}]\n';

/** A page as Next prerenders it: external chunks, the bootstrap line, then the payload in chunks. */
function page(extraBody = "", chunks = [RSC.slice(0, 20), RSC.slice(20)]): string {
  return [
    '<!DOCTYPE html><html lang="en"><head><script src="/_next/static/chunks/main.js" async=""></script></head><body>',
    "<h1>APIG.0308</h1>",
    extraBody,
    `<script>${BOOT}</script>`,
    ...chunks.map((c) => `<script>${push(c)}</script>`),
    "</body></html>",
  ].join("");
}

describe("inlineScripts", () => {
  it("finds inline scripts in order and leaves out scripts with a src", () => {
    const scripts = inlineScripts(
      '<script src="a.js"></script><script>one()</script><SCRIPT type="module">two()</SCRIPT><scripts>no</scripts>',
    );
    expect(scripts).toEqual([
      { attributes: "", body: "one()" },
      { attributes: 'type="module"', body: "two()" },
    ]);
  });
});

describe("scriptHash", () => {
  it("is the base64 SHA-256 of the script's UTF-8 text, as a CSP source", () => {
    const expected = createHash("sha256").update("alert('é')", "utf8").digest("base64");
    expect(scriptHash("alert('é')")).toBe(`'sha256-${expected}'`);
  });
});

describe("nextPageScriptHashes", () => {
  it("hashes Next's own scripts when their payload is the page's .rsc payload", () => {
    const result = nextPageScriptHashes(page(), RSC);
    expect(result).toEqual({ ok: true, hashes: [scriptHash(BOOT), scriptHash(push(RSC.slice(0, 20))), scriptHash(push(RSC.slice(20)))] });
  });

  it("refuses the whole page when any other inline script is in the HTML", () => {
    const injected = nextPageScriptHashes(page("<script>alert(1)</script>"), RSC);
    expect(injected).toMatchObject({ ok: false, problem: expect.stringContaining("not one of Next's payload scripts") });
    const withAttributes = nextPageScriptHashes(page('<script id="x">alert(1)</script>'), RSC);
    expect(withAttributes).toMatchObject({ ok: false, problem: expect.stringContaining("has attributes") });
  });

  it("refuses a payload script that also does something else, or pushes anything but a chunk", () => {
    expect(nextPageScriptHashes(page(`<script>self.__next_f.push([1,"x"]);alert(1)</script>`), RSC)).toMatchObject({ ok: false });
    expect(nextPageScriptHashes(page(`<script>self.__next_f.push([1,alert(1)])</script>`), RSC)).toMatchObject({ ok: false });
    expect(nextPageScriptHashes(page(`<script>self.__next_f.push([3,"x"])</script>`), RSC)).toMatchObject({ ok: false });
  });

  it("refuses a well-formed payload script that was not part of the build's payload", () => {
    const extra = nextPageScriptHashes(page(`<script>${push('9:["$","script",null,{}]\n')}</script>`), RSC);
    expect(extra).toMatchObject({ ok: false, problem: expect.stringContaining("differs from the page's .rsc payload") });
    expect(nextPageScriptHashes(page(), null)).toMatchObject({ ok: false });
  });
});

describe("nextPageScriptHashes on a Turbopack build", () => {
  const turbopack = (list: unknown, attributes = 'id="_R_"', tail = ";") =>
    `<script ${attributes}>(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push(${JSON.stringify(list)})${tail}</script>`;
  const LIST = { otherChunks: ["static/chunks/310vm2bl3xxpt.js", "static/chunks/0c1ad7rcpjghx.js"], runtimeModuleIds: [94553] };
  const bodyOf = (tag: string) => inlineScripts(tag)[0]!.body;

  it("also hashes Turbopack's list of the page's chunks", () => {
    const result = nextPageScriptHashes(page(turbopack(LIST)), RSC);
    expect(result).toEqual({
      ok: true,
      hashes: [scriptHash(bodyOf(turbopack(LIST))), scriptHash(BOOT), scriptHash(push(RSC.slice(0, 20))), scriptHash(push(RSC.slice(20)))],
    });
  });

  it("refuses a Turbopack line that does anything more, names other keys or files, or comes twice", () => {
    const refused = [
      turbopack(LIST, 'id="_R_"', ";alert(1);"),
      turbopack(LIST, 'id="other"'),
      turbopack(LIST, ""),
      turbopack({ ...LIST, extra: 1 }),
      turbopack({ otherChunks: LIST.otherChunks }),
      turbopack({ ...LIST, otherChunks: ["https://evil.example/x.js"] }),
      turbopack({ ...LIST, otherChunks: ["static/chunks/../../x.js"] }),
      turbopack({ ...LIST, otherChunks: ["static/chunks/a.js?x"] }),
      turbopack({ ...LIST, runtimeModuleIds: ["alert(1)"] }),
      turbopack([LIST]),
      turbopack(LIST) + turbopack(LIST),
    ];
    for (const extra of refused) expect(nextPageScriptHashes(page(extra), RSC), extra).toMatchObject({ ok: false });
  });
});

describe("routeOf", () => {
  it("drops a trailing slash and decodes the path once", () => {
    expect(routeOf("/codes/APIG.0308/")).toBe("/codes/APIG.0308");
    expect(routeOf("/codes/APIG%2E0308")).toBe("/codes/APIG.0308");
    expect(routeOf("/codes/%2525")).toBe("/codes/%25");
    expect(routeOf("/codes/%E0%A4%A")).toBe("/codes/%E0%A4%A");
    expect(routeOf("/")).toBe("/");
  });
});

describe("loadPageScriptTable", () => {
  const dist = fs.mkdtempSync(path.join(os.tmpdir(), "page-csp-"));
  afterAll(() => fs.rmSync(dist, { recursive: true, force: true }));

  it("reads every prerendered page of a build, and uses the 404 page's scripts for any other path", () => {
    const app = path.join(dist, "server", "app");
    fs.mkdirSync(path.join(app, "codes"), { recursive: true });
    fs.writeFileSync(
      path.join(dist, "prerender-manifest.json"),
      JSON.stringify({
        routes: { "/": {}, "/codes/APIG.0308": {}, "/codes/AIS.0101": {}, "/_not-found": {}, "/icon.svg": {} },
      }),
    );
    const notFoundRsc = '0:{"P":null,"b":"build","nf":1}\n';
    for (const [file, rsc, extra] of [
      ["index", RSC, ""],
      ["codes/APIG.0308", RSC, ""],
      ["codes/AIS.0101", RSC, "<script>alert(1)</script>"],
      ["_not-found", notFoundRsc, ""],
    ] as const) {
      fs.writeFileSync(path.join(app, `${file}.html`), page(extra, [rsc]));
      fs.writeFileSync(path.join(app, `${file}.rsc`), rsc);
    }
    const table = loadPageScriptTable(dist);
    expect(table.pages).toBe(3);
    expect(table.sourcesFor("/codes/APIG.0308")).toEqual([scriptHash(BOOT), scriptHash(push(RSC))]);
    expect(table.sourcesFor("/codes/AIS.0101")).toEqual([]);
    expect(table.problems).toEqual([expect.stringMatching(/^\/codes\/AIS\.0101: inline script "alert\(1\)"/)]);
    expect(table.sourcesFor("/no/such/page")).toEqual([scriptHash(BOOT), scriptHash(push(notFoundRsc))]);
  });
});
