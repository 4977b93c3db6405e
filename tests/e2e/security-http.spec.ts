/**
 * What only the running server shows: raw HTTP/1.1 on a socket (doubled
 * headers, odd Host values, odd methods), against the built app served by
 * scripts/server.ts. Runs under BASE_PATH too.
 */
import net from "node:net";
import { expect, test } from "@playwright/test";
import { isStaticEdition, needsNodeServer } from "./edition";

test.skip(
  isStaticEdition,
  needsNodeServer("the 308 redirects, methods, path decoding and body charsets are answered by scripts/server.ts"),
);

interface RawResponse {
  status: number;
  headers: Record<string, string[]>;
  body: string;
}

function target(baseURL: string | undefined): { port: number; base: string } {
  const url = new URL(baseURL ?? "http://127.0.0.1:3100/");
  return { port: Number(url.port), base: url.pathname.replace(/\/+$/, "") };
}

/** `path` under the base path; the home page of /ocr-errors is /ocr-errors (Next redirects /ocr-errors/ there). */
const at = (base: string, path: string) => (path === "/" && base ? base : base + path);

/** Sends `head` (request line and headers, without the blank line) plus `body` and reads the whole answer. */
function send(port: number, head: string, body = ""): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, "127.0.0.1");
    const chunks: Buffer[] = [];
    socket.on("data", (d) => chunks.push(d));
    socket.on("error", reject);
    socket.setTimeout(15_000, () => socket.destroy(new Error(`no answer to ${head.split("\r\n")[0]}`)));
    socket.on("close", () => {
      const raw = Buffer.concat(chunks);
      const split = raw.indexOf("\r\n\r\n");
      const [statusLine, ...lines] = raw.subarray(0, split).toString("latin1").split("\r\n");
      const headers: Record<string, string[]> = {};
      for (const line of lines) {
        const colon = line.indexOf(":");
        const key = line.slice(0, colon).trim().toLowerCase();
        const values = headers[key] ?? [];
        values.push(line.slice(colon + 1).trim());
        headers[key] = values;
      }
      let body = raw.subarray(split + 4);
      if (headers["transfer-encoding"]?.[0] === "chunked") {
        // Chunk sizes count bytes, so the body is taken apart as bytes and decoded once whole.
        const parts: Buffer[] = [];
        let at = 0;
        for (;;) {
          const eol = body.indexOf("\r\n", at);
          if (eol === -1) break;
          const size = parseInt(body.subarray(at, eol).toString("latin1"), 16);
          if (!(size > 0)) break;
          parts.push(body.subarray(eol + 2, eol + 2 + size));
          at = eol + 2 + size + 2;
        }
        body = Buffer.concat(parts);
      }
      resolve({ status: Number((statusLine ?? "").split(" ")[1]), headers, body: body.toString("utf8") });
    });
    socket.write(`${head}\r\nConnection: close\r\n\r\n`);
    if (body) socket.write(body);
  });
}

function expectSecurityHeaders(response: RawResponse, what: string) {
  expect(response.headers["content-security-policy"]?.[0], what).toContain("default-src 'self'");
  expect(response.headers["content-security-policy"]?.[0], what).toContain("frame-ancestors 'none'");
  expect(response.headers["x-content-type-options"]?.[0], what).toBe("nosniff");
  expect(response.headers["x-frame-options"]?.[0], what).toBe("DENY");
  expect(response.headers["referrer-policy"]?.[0], what).toBe("no-referrer");
}

/** Forwarding headers a client (or a confused proxy) can send. */
const HOSTILE_HEADERS = [
  "Host: evil.example",
  "Host: evil.example:99999",
  "Host: 127.0.0.1:-1",
  "Host: [::1",
  "Host: a\r\nHost: b",
  "Host: a\r\nX-Forwarded-Host: evil.example",
  "Host: a\r\nX-Forwarded-Host: evil.example, localhost\r\nX-Forwarded-Host: other.example",
  "Host: a\r\nX-Forwarded-Proto: https, http",
  "Host: a\r\nX-Forwarded-Proto: https\r\nX-Forwarded-Proto: http",
  "Host: a\r\nX-Forwarded-Proto: javascript",
  "Host: a\r\nX-Forwarded-Port: 99999\r\nX-Forwarded-Port: abc",
  "Host: a\r\nForwarded: for=1.2.3.4;host=evil.example;proto=https, for=5.6.7.8",
  "Host: a\r\nX-Forwarded-For: 1.2.3.4, ::1, nonsense",
];

test.describe("redirects and forwarding headers", () => {
  test("a code spelled another way redirects to a path on the same host, with Cache-Control, whatever the headers say", async ({
    baseURL,
  }) => {
    const { port, base } = target(baseURL);
    for (const headers of HOSTILE_HEADERS) {
      for (const spelling of ["apig0308", "APIG-0308", "apig.0308?from=wiki"]) {
        const response = await send(port, `GET ${base}/codes/${spelling} HTTP/1.1\r\n${headers}`);
        const what = `${spelling} with ${JSON.stringify(headers)}`;
        expect(response.status, what).toBe(308);
        const query = spelling.includes("?") ? spelling.slice(spelling.indexOf("?")) : "";
        expect(response.headers.location, what).toEqual([`${base}/codes/APIG.0308${query}`]);
        expect(response.headers["cache-control"]?.[0], what).toMatch(/max-age=\d+/);
        expect(response.headers.refresh?.[0] ?? "", what).not.toMatch(/evil|\/\/|localhost/);
        expect(response.body, what).not.toMatch(/evil|localhost/);
        expectSecurityHeaders(response, what);
      }
    }
  });

  test("forwarding-header lists, doubled headers and odd ports never cause a 500", async ({ baseURL }) => {
    const { port, base } = target(baseURL);
    for (const headers of HOSTILE_HEADERS) {
      for (const path of [
        "/",
        "/codes/APIG.0308",
        "/codes/VPC.0301",
        "/diagnose",
        "/api/codes",
        "/api/codes/apig0308",
        "/healthz",
        "/no-such-page",
      ]) {
        const response = await send(port, `GET ${at(base, path)} HTTP/1.1\r\n${headers}`);
        const what = `${path} with ${JSON.stringify(headers)}`;
        expect(response.status, what).toBeLessThan(500);
        expect([200, 404], what).toContain(response.status);
        expectSecurityHeaders(response, what);
      }
    }
  });

  test("a request Node cannot parse gets a JSON 400 with the security headers", async ({ baseURL }) => {
    const { port, base } = target(baseURL);
    const response = await send(port, `GET ${base}/ HTTP/1.1\r\nHost: a\r\nContent-Length: 1\r\nContent-Length: 2`);
    expect(response.status).toBe(400);
    expect(JSON.parse(response.body)).toMatchObject({ error: "bad_request" });
    expectSecurityHeaders(response, "doubled Content-Length");
  });
});

test.describe("path parameters are decoded once", () => {
  test("GET /api/codes/%25 answers a JSON 404 naming '%'; %2525 names '%25'; a broken escape is a JSON 400", async ({
    request,
    baseURL,
  }) => {
    const { port, base } = target(baseURL);
    const percent = await request.get("api/codes/%25");
    expect(percent.status()).toBe(404);
    expect(await percent.json()).toMatchObject({ error: "unknown_code", message: expect.stringContaining('"%" is not an error code') });
    const twice = await request.get("api/codes/%2525");
    expect(twice.status()).toBe(404);
    expect((await twice.json()).message).toContain('"%25" is not an error code');
    const encoded = await request.get("api/codes/APIG%2E0308");
    expect(encoded.status()).toBe(200);
    expect((await encoded.json()).code).toBe("APIG.0308");
    const broken = await send(port, `GET ${base}/api/codes/%E0%A4%A HTTP/1.1\r\nHost: a`);
    expect(broken.status).toBe(400);
    expect(JSON.parse(broken.body)).toMatchObject({ error: "bad_path" });
    expectSecurityHeaders(broken, "broken escape");
  });

  test("a code page address with % in it is the unknown-code page, not an error", async ({ page }) => {
    for (const path of ["codes/%25", "codes/%2525", "codes/%E0%A4%A", "codes/%00"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByTestId("unknown-code"), path).toBeVisible();
    }
  });
});

test.describe("unknown codes", () => {
  test("the unknown-code page is whole HTML with status 404: it reads the same with JavaScript off", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const response = await page.goto("codes/VPC.0301");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("VPC.0301");
    await expect(page.getByTestId("closest-codes").getByRole("link").first()).toBeVisible();
    expect(await page.locator('meta[name="robots"]').getAttribute("content")).toContain("noindex");
    // Asked for directly (not through /codes/...), it names no code, whatever the client sends.
    await page.setExtraHTTPHeaders({ "x-requested-code": "FAKE.0001" });
    const direct = await page.goto("unknown-code/requested");
    expect(direct?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("No such code");
    await context.close();
  });
});

test.describe("methods", () => {
  const PATHS = [
    "/",
    "/codes/APIG.0308",
    "/codes/apig0308",
    "/diagnose",
    "/healthz",
    "/api/codes",
    "/api/codes/APIG.0308",
    "/api/classify",
  ];

  test("TRACE and WebDAV verbs answer 405 with Allow, a JSON error and the security headers, on pages and APIs", async ({ baseURL }) => {
    const { port, base } = target(baseURL);
    for (const method of ["TRACE", "PROPFIND", "MKCOL", "LOCK", "PURGE", "SEARCH"]) {
      for (const path of PATHS) {
        const response = await send(port, `${method} ${base}${path} HTTP/1.1\r\nHost: a`);
        const what = `${method} ${path}`;
        expect(response.status, what).toBe(405);
        expect(response.headers.allow?.[0], what).toBe(path === "/api/classify" ? "POST" : "GET, HEAD");
        expect(JSON.parse(response.body), what).toMatchObject({ error: "method_not_allowed" });
        expectSecurityHeaders(response, what);
      }
    }
  });

  test("made-up verbs, TRACK and CONNECT answer 405 with the security headers", async ({ baseURL }) => {
    const { port, base } = target(baseURL);
    // Node cannot parse these (TRACK included): the server answers before any route is known.
    for (const head of [
      `FOO ${base}/ HTTP/1.1\r\nHost: a`,
      `TRACK ${base}/ HTTP/1.1\r\nHost: a`,
      `BREW ${base}/api/codes HTTP/1.1\r\nHost: a`,
      "CONNECT 127.0.0.1:22 HTTP/1.1\r\nHost: 127.0.0.1:22",
    ]) {
      const response = await send(port, head);
      expect(response.status, head).toBe(405);
      expect(JSON.parse(response.body), head).toMatchObject({ error: "method_not_allowed" });
      expectSecurityHeaders(response, head);
    }
  });

  test("pages answer only GET and HEAD; the API's routes keep their own JSON 405s", async ({ request }) => {
    for (const path of ["./", "codes/APIG.0308", "diagnose", "healthz"]) {
      for (const method of ["POST", "PUT", "DELETE", "PATCH"]) {
        const response = await request.fetch(path, { method, data: method === "POST" ? "x" : undefined });
        expect(response.status(), `${method} ${path}`).toBe(405);
        expect(response.headers()["content-security-policy"]).toContain("default-src 'self'");
      }
    }
    const head = await request.head("codes/APIG.0308");
    expect(head.status()).toBe(200);
    const put = await request.put("api/codes");
    expect(put.status()).toBe(405);
    expect(await put.json()).toMatchObject({ error: "method_not_allowed" });
  });
});

test.describe("a body in another charset", () => {
  const PASTE =
    '{"error_code":"APIG.0308","error_msg":"The throttling threshold has been reached: policy user over ratelimit,limit:50,time:1 minute","request_id":"7f6b0c2e9d8a4b1c"}';
  const le = (text: string, bom = false) => Buffer.concat([Buffer.from(bom ? [0xff, 0xfe] : []), Buffer.from(text, "utf16le")]);

  test("UTF-16 text/plain and JSON with their charset, or a byte-order mark, are decoded", async ({ request }) => {
    for (const [data, type] of [
      [le(PASTE), "text/plain; charset=utf-16le"],
      [le(PASTE, true), "text/plain; charset=utf-16"],
      [le(PASTE, true), "text/plain"],
      [le(JSON.stringify({ text: PASTE })), "application/json; charset=utf-16le"],
    ] as const) {
      const response = await request.post("api/classify", { data, headers: { "content-type": type } });
      expect(response.status(), type).toBe(200);
      expect((await response.json()).findings[0], type).toMatchObject({ code: "APIG.0308", requestId: "7f6b0c2e9d8a4b1c" });
    }
  });

  test("a body that would read as garbage is refused with a 415 saying what to send", async ({ request }) => {
    for (const [data, type, says] of [
      [le(PASTE), "text/plain", /charset=utf-16le/],
      [le(PASTE), "text/plain; charset=utf-16", /byte order/],
      [Buffer.from("APIG.0308", "utf8"), "text/plain; charset=klingon", /not one this server can read/],
    ] as const) {
      const response = await request.post("api/classify", { data, headers: { "content-type": type } });
      expect(response.status(), type).toBe(415);
      const body = await response.json();
      expect(body.error, type).toBe("unsupported_charset");
      expect(body.message, type).toMatch(says);
    }
  });
});
