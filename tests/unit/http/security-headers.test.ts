import { describe, expect, it } from "vitest";
import { parseFrameAncestors, securityHeaders } from "@/lib/http/security-headers";

const header = (headers: { key: string; value: string }[], key: string) => headers.find((h) => h.key === key)?.value;

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
