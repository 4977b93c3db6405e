import { describe, expect, it } from "vitest";
import { allowedMethods, methodNotAllowedBody, methodVerdict } from "@/lib/http/methods";
import { clientErrorAnswer, rawClientError } from "@/lib/http/raw-response";
import { relativeLocation, relativeRefresh } from "@/lib/http/redirect";
import { securityHeaders } from "@/lib/http/security-headers";
import { DEFAULT_LIMITS, serverLimitsFromEnv } from "@/lib/http/server-limits";

describe("relativeLocation", () => {
  it("keeps only the path, query and fragment of an absolute or scheme-relative URL", () => {
    expect(relativeLocation("http://evil.example/codes/APIG.0308")).toBe("/codes/APIG.0308");
    expect(relativeLocation("https://localhost:3000/ocr-errors/codes/APIG.0308?x=1#cause-a")).toBe(
      "/ocr-errors/codes/APIG.0308?x=1#cause-a",
    );
    expect(relativeLocation("//evil.example/codes/A")).toBe("/codes/A");
    expect(relativeLocation("https://evil.example")).toBe("/");
    expect(relativeLocation("https://evil.example?q=1")).toBe("/?q=1");
  });

  it("never leaves a path a browser would read as another host", () => {
    expect(relativeLocation("/\\evil.example/x")).toBe("/x");
    expect(relativeLocation("\\\\evil.example/x")).toBe("/x");
    expect(relativeLocation("http://a///evil.example/x")).toBe("/evil.example/x");
    expect(relativeLocation("javascript:alert(1)")).toBe("/");
  });

  it("leaves a path on this host as it is", () => {
    expect(relativeLocation("/codes/APIG.0308")).toBe("/codes/APIG.0308");
    expect(relativeLocation("/ocr-errors/codes/APIG.0308?q=a:b")).toBe("/ocr-errors/codes/APIG.0308?q=a:b");
  });

  it("does the same for the target of a Refresh header", () => {
    expect(relativeRefresh("0;url=http://localhost:3000/codes/APIG.0308")).toBe("0;url=/codes/APIG.0308");
    expect(relativeRefresh("5")).toBe("5");
  });
});

describe("methodVerdict", () => {
  it("hands GET and HEAD on pages, and the API's own methods on the API, to Next", () => {
    for (const [method, route] of [
      ["GET", "/"],
      ["HEAD", "/codes/APIG.0308"],
      ["POST", "/api/classify"],
      ["DELETE", "/api/codes"],
      ["OPTIONS", "/api/codes/AIS.0101"],
    ] as const) {
      expect(methodVerdict(method, route), `${method} ${route}`).toEqual({ ok: true });
    }
  });

  it("refuses odd methods everywhere, and anything but GET and HEAD on pages and /healthz", () => {
    expect(methodVerdict("TRACE", "/api/codes")).toEqual({ ok: false, allow: "GET, HEAD" });
    expect(methodVerdict("TRACE", "/api/classify")).toEqual({ ok: false, allow: "POST" });
    expect(methodVerdict("PROPFIND", "/")).toEqual({ ok: false, allow: "GET, HEAD" });
    expect(methodVerdict("DELETE", "/codes/APIG.0308")).toEqual({ ok: false, allow: "GET, HEAD" });
    expect(methodVerdict("POST", "/healthz")).toEqual({ ok: false, allow: "GET, HEAD" });
    expect(methodVerdict("TRACE", "/healthz")).toEqual({ ok: false, allow: "GET, HEAD" });
    expect(methodVerdict(undefined, "/")).toMatchObject({ ok: false });
    expect(allowedMethods("/api/other")).toBe("GET, HEAD, POST");
  });

  it("says what the address answers in its JSON error", () => {
    expect(JSON.parse(methodNotAllowedBody("TRACE", "GET, HEAD"))).toEqual({
      error: "method_not_allowed",
      message: "TRACE is not answered here. This address answers GET, HEAD only.",
    });
  });
});

describe("rawClientError", () => {
  it("is a whole HTTP response with the security headers and a JSON error, closing the connection", () => {
    const raw = rawClientError(clientErrorAnswer("HPE_INVALID_METHOD"), securityHeaders([]));
    const [head, body] = raw.split("\r\n\r\n");
    expect(head!.split("\r\n")[0]).toBe("HTTP/1.1 405 Method Not Allowed");
    expect(head).toContain("Content-Security-Policy: default-src 'self'");
    expect(head).toContain("X-Frame-Options: DENY");
    expect(head).toContain("Allow: GET, HEAD, POST");
    expect(head).toContain("Connection: close");
    expect(head).toContain(`Content-Length: ${Buffer.byteLength(body!)}`);
    expect(JSON.parse(body!)).toMatchObject({ error: "method_not_allowed" });
    expect(clientErrorAnswer("ERR_HTTP_REQUEST_TIMEOUT").status).toBe(408);
    expect(clientErrorAnswer("HPE_HEADER_OVERFLOW").status).toBe(431);
    expect(clientErrorAnswer("HPE_INVALID_CONSTANT").status).toBe(400);
  });
});

describe("serverLimitsFromEnv", () => {
  it("has defaults that cut off slow clients well before Node's own (60 s headers, 300 s request, no connection cap)", () => {
    expect(serverLimitsFromEnv({})).toEqual(DEFAULT_LIMITS);
    expect(DEFAULT_LIMITS).toEqual({
      headersTimeoutMs: 10_000,
      requestTimeoutMs: 30_000,
      keepAliveTimeoutMs: 5_000,
      socketIdleTimeoutMs: 60_000,
      maxConnections: 512,
    });
  });

  it("reads each variable", () => {
    expect(
      serverLimitsFromEnv({
        HEADERS_TIMEOUT_MS: "2000",
        REQUEST_TIMEOUT_MS: " 4000 ",
        KEEP_ALIVE_TIMEOUT_MS: "1000",
        SOCKET_IDLE_TIMEOUT_MS: "9000",
        MAX_CONNECTIONS: "20",
      }),
    ).toEqual({ headersTimeoutMs: 2000, requestTimeoutMs: 4000, keepAliveTimeoutMs: 1000, socketIdleTimeoutMs: 9000, maxConnections: 20 });
  });

  it("refuses values that are not whole numbers in range, naming the variable", () => {
    expect(() => serverLimitsFromEnv({ MAX_CONNECTIONS: "lots" })).toThrow(/^MAX_CONNECTIONS: "lots" is not a whole number from 1 to/);
    expect(() => serverLimitsFromEnv({ REQUEST_TIMEOUT_MS: "0" })).toThrow(/REQUEST_TIMEOUT_MS/);
    expect(() => serverLimitsFromEnv({ HEADERS_TIMEOUT_MS: "1.5e3" })).toThrow(/HEADERS_TIMEOUT_MS/);
    expect(() => serverLimitsFromEnv({ HEADERS_TIMEOUT_MS: "40000" })).toThrow(/longer than REQUEST_TIMEOUT_MS/);
  });
});
