import { describe, expect, it } from "vitest";
import { scriptHash } from "@/lib/http/page-csp";
import { foreignScriptProblem, staticPagePolicy, withMetaCsp, withoutScriptNonces } from "@/lib/static/meta-csp";

const BOOT = "(self.__next_f=self.__next_f||[]).push([0])";
const CHUNK = 'self.__next_f.push([1,"0:{\\"a\\":1}\\n"])';
const page = (scripts: string, head = '<meta charSet="utf-8"/>') =>
  `<!DOCTYPE html><html lang="en"><head>${head}<script src="/_next/static/chunks/a.js" async=""></script></head><body><p>x</p>${scripts}</body></html>`;

describe("withMetaCsp", () => {
  it("allows exactly the page's own inline scripts by hash, in a meta tag after <meta charset> and before any script", () => {
    const result = withMetaCsp(page(`<script>${BOOT}</script><script>${CHUNK}</script><script>${CHUNK}</script>`));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.hashes).toEqual([scriptHash(BOOT), scriptHash(CHUNK)]);
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"\/>/.exec(result.html);
    expect(meta).not.toBeNull();
    expect(result.html.indexOf('<meta charSet="utf-8"/>')).toBeLessThan(meta!.index);
    expect(meta!.index).toBeLessThan(result.html.indexOf("<script"));
    const scriptSrc = meta![1]!.split("; ").find((d) => d.startsWith("script-src"));
    expect(scriptSrc).toBe(`script-src 'self' ${scriptHash(BOOT)} ${scriptHash(CHUNK)}`);
  });

  it("leaves out frame-ancestors (ignored in a meta tag) and never allows 'unsafe-inline' scripts", () => {
    const policy = staticPagePolicy([scriptHash(BOOT)]);
    expect(policy).not.toContain("frame-ancestors");
    expect(policy.split("; ").find((d) => d.startsWith("script-src"))).not.toContain("unsafe-inline");
    expect(policy).toContain("worker-src 'self'");
    expect(policy).toContain("default-src 'self'");
  });

  it("refuses a page with any other inline script", () => {
    for (const bad of [
      "<script>alert(1)</script>",
      `<script>${CHUNK};alert(1)</script>`,
      '<script>self.__next_f.push([2,"x"])</script>',
      `<script type="module">${BOOT}</script>`,
    ]) {
      const result = withMetaCsp(page(bad));
      expect(result.ok, bad).toBe(false);
    }
  });

  it("takes nonces off (a page rendered on request) and allows React's streaming runtime only when asked", () => {
    const html = page(`<script nonce="abc==">${BOOT}</script><script nonce="abc==">$RC("B:0","S:0")</script>`);
    expect(withMetaCsp(html).ok).toBe(false);
    const result = withMetaCsp(html, { streamed: true });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.html).not.toContain("nonce=");
      expect(result.hashes).toContain(scriptHash('$RC("B:0","S:0")'));
    }
    expect(withoutScriptNonces('<script src="/a.js" nonce="x" async="">')).toBe('<script src="/a.js" async="">');
    expect(
      withoutScriptNonces('<p data-nonce="keep">İ</p><SCRIPT NONCE=\'a b\'>x</SCRIPT><script\tnonce=abc>y</script><scripts nonce="z">'),
    ).toBe('<p data-nonce="keep">İ</p><SCRIPT>x</SCRIPT><script>y</script><scripts nonce="z">');
  });

  it("refuses a page that already has a policy or has no head", () => {
    expect(withMetaCsp(page("", '<meta charSet="utf-8"/><meta http-equiv="Content-Security-Policy" content="x"/>')).ok).toBe(false);
    expect(withMetaCsp("<p>no head</p>").ok).toBe(false);
  });

  it("names why a script is not Next's", () => {
    expect(foreignScriptProblem(BOOT, "")).toBeNull();
    expect(foreignScriptProblem(CHUNK, "")).toBeNull();
    expect(foreignScriptProblem(CHUNK, 'id="x"')).toMatch(/attributes/);
    expect(foreignScriptProblem("self.__next_f.push(nope)", "")).toMatch(/JSON/);
    expect(foreignScriptProblem("$RB=[];", "", false)).toMatch(/not one of Next's/);
    expect(foreignScriptProblem("$RB=[];", "", true)).toBeNull();
  });

  it("allows Turbopack's chunk list (Next 16) in its exact form only", () => {
    const list = (value: unknown) => `(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push(${JSON.stringify(value)});`;
    const good = list({ otherChunks: ["static/chunks/310vm2bl3xxpt.js"], runtimeModuleIds: [94553] });
    expect(foreignScriptProblem(good, 'id="_R_"')).toBeNull();
    expect(foreignScriptProblem(good, 'id="other"')).toMatch(/attributes/);
    expect(foreignScriptProblem(list({ otherChunks: ["https://evil.example/x.js"], runtimeModuleIds: [1] }), 'id="_R_"')).not.toBeNull();
    expect(foreignScriptProblem(list({ otherChunks: [], runtimeModuleIds: [1], extra: "alert(1)" }), 'id="_R_"')).not.toBeNull();
  });
});
