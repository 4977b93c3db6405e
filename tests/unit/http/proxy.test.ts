import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { proxy } from "@/proxy";
import { REDIRECT_CACHE_CONTROL } from "@/lib/http/redirect";
import { PAGE_STATUS_HEADER } from "@/lib/http/page-status";
import { REQUESTED_CODE_HEADER } from "@/lib/catalogue/resolve";

/** A request as Next's server hands it to the proxy: its own URL, whatever headers the client sent. */
function request(path: string, headers: Record<string, string> = {}, basePath = "") {
  return new NextRequest(`http://localhost:3000${basePath}${path}`, { headers, nextConfig: { basePath } });
}

const HOSTILE: Record<string, string>[] = [
  { host: "evil.example" },
  { host: "evil.example:99999", "x-forwarded-host": "evil.example" },
  { "x-forwarded-host": "evil.example, localhost", "x-forwarded-proto": "https, http" },
  { "x-forwarded-proto": "javascript" },
  { "x-forwarded-proto": "gopher", "x-forwarded-port": "99999", forwarded: "host=evil.example;proto=https" },
  { host: "[::1", "x-forwarded-host": "a b" },
];

describe("proxy: code-spelling redirects", () => {
  it("redirects permanently to the canonical page on the server's own origin, whatever Host and X-Forwarded-* say", () => {
    for (const headers of HOSTILE) {
      const response = proxy(request("/codes/apig0308", headers));
      expect(response.status, JSON.stringify(headers)).toBe(308);
      const location = new URL(response.headers.get("location")!);
      expect(location.origin, JSON.stringify(headers)).toBe("http://localhost:3000");
      expect(location.pathname).toBe("/codes/APIG.0308");
    }
  });

  it("keeps the base path and the query, and carries Cache-Control", () => {
    const response = proxy(request("/codes/APIG-0308", { "x-forwarded-host": "evil.example" }, "/ocr-errors"));
    const location = new URL(response.headers.get("location")!);
    expect(location.origin).toBe("http://localhost:3000");
    expect(location.pathname).toBe("/ocr-errors/codes/APIG.0308");
    expect(proxy(request("/codes/apig.0308?from=wiki")).headers.get("location")).toMatch(/\/codes\/APIG\.0308\?from=wiki$/);
    expect(response.headers.get("cache-control")).toBe(REDIRECT_CACHE_CONTROL);
  });

  it("passes canonical pages through and rewrites unknown codes, also for encodings that decode to odd text", () => {
    expect(proxy(request("/codes/APIG.0308")).headers.get("x-middleware-next")).toBe("1");
    for (const path of ["/codes/VPC.0301", "/codes/%25", "/codes/%E0%A4%A", "/codes/%2525"]) {
      const response = proxy(request(path));
      expect(response.status, path).toBe(200);
      expect(response.headers.get("x-middleware-rewrite"), path).toMatch(/\/unknown-code\/requested$/);
      expect(response.headers.get(PAGE_STATUS_HEADER), path).toBe("404");
    }
  });

  it("answers the unknown-code page asked for directly as a 404 that names no code, whatever header the client sent", () => {
    const response = proxy(request("/unknown-code/requested", { [REQUESTED_CODE_HEADER]: "FAKE.0001" }));
    expect(response.headers.get(PAGE_STATUS_HEADER)).toBe("404");
    expect(response.headers.get("x-middleware-override-headers") ?? "").not.toContain(REQUESTED_CODE_HEADER);
    expect(response.headers.get(`x-middleware-request-${REQUESTED_CODE_HEADER}`)).toBeNull();
  });

  it("does the same under /zh: spellings go to the Chinese page, unknown codes to the Chinese 404 page", () => {
    const redirect = proxy(request("/zh/codes/apig-0308?from=wiki", {}, "/ocr-errors"));
    expect(redirect.status).toBe(308);
    const location = new URL(redirect.headers.get("location")!);
    expect(location.pathname).toBe("/ocr-errors/zh/codes/APIG.0308");
    expect(location.search).toBe("?from=wiki");
    expect(proxy(request("/zh/codes/APIG.0308")).headers.get("x-middleware-next")).toBe("1");
    const unknown = proxy(request("/zh/codes/VPC.0301"));
    expect(unknown.headers.get("x-middleware-rewrite")).toMatch(/\/zh\/unknown-code\/requested$/);
    expect(unknown.headers.get(PAGE_STATUS_HEADER)).toBe("404");
    expect(proxy(request("/zh/unknown-code/requested")).headers.get(PAGE_STATUS_HEADER)).toBe("404");
  });
});
