import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, parseFrameAncestors, securityHeaders } from "@/lib/http/security-headers";

const header = (headers: { key: string; value: string }[], key: string) => headers.find((h) => h.key === key)?.value;
const directive = (csp: string, name: string) => csp.split("; ").find((d) => d.startsWith(`${name} `));

describe("security headers", () => {
  it("allow no other origin and forbid framing by default", () => {
    const headers = securityHeaders([]);
    const csp = header(headers, "Content-Security-Policy")!;
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/https?:/);
    expect(csp).not.toContain("unsafe-eval");
    expect(header(headers, "X-Frame-Options")).toBe("DENY");
    expect(header(headers, "X-Content-Type-Options")).toBe("nosniff");
    expect(header(headers, "Referrer-Policy")).toBe("no-referrer");
  });

  it("allow no inline script in production: no 'unsafe-inline' in script-src, workers from this origin only", () => {
    const csp = header(securityHeaders([]), "Content-Security-Policy")!;
    expect(directive(csp, "script-src")).toBe("script-src 'self'");
    expect(directive(csp, "worker-src")).toBe("worker-src 'self'");
    expect(directive(csp, "object-src")).toBe("object-src 'none'");
    expect(directive(csp, "base-uri")).toBe("base-uri 'self'");
  });

  it("add a page's own hashes and nonce to script-src, and nothing else", () => {
    const csp = contentSecurityPolicy({ frameAncestors: [], scriptSources: ["'nonce-abc'", "'sha256-xyz='"] });
    expect(directive(csp, "script-src")).toBe("script-src 'self' 'nonce-abc' 'sha256-xyz='");
    expect(csp).not.toContain("unsafe-inline'; script");
    expect(csp.match(/unsafe-inline/g)).toHaveLength(1); // style-src only
  });

  it("keep inline scripts and eval for next dev only", () => {
    expect(directive(contentSecurityPolicy({ frameAncestors: [], development: true }), "script-src")).toBe(
      "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
    );
  });

  it("let the listed origins embed pages", () => {
    const headers = securityHeaders(parseFrameAncestors("https://wiki.example.com, https://*.corp.example"));
    expect(header(headers, "Content-Security-Policy")).toContain("frame-ancestors https://wiki.example.com https://*.corp.example");
    expect(header(headers, "X-Frame-Options")).toBeUndefined();
  });

  it("refuse a FRAME_ANCESTORS value that is not a list of origins, saying what to write", () => {
    expect(() => parseFrameAncestors("wiki.example.com")).toThrow(/not an origin.*https:\/\/wiki\.example\.com/);
    expect(() => parseFrameAncestors("https://a.example/path")).toThrow(/not an origin/);
    expect(() => parseFrameAncestors("'self'; script-src *")).toThrow(/not an origin/);
    expect(parseFrameAncestors(undefined)).toEqual([]);
  });
});
