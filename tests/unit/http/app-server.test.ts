/**
 * The production server's own behaviour, in front of a stand-in for Next's
 * handler: headers, CSP per page, methods, client errors and slow clients.
 * (tests/e2e/security-*.spec.ts check the same against the real build.)
 */
import http from "node:http";
import net from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createAppServer, type RequestHandler } from "@/lib/http/app-server";
import { DEFAULT_LIMITS, type ServerLimits } from "@/lib/http/server-limits";

const servers: http.Server[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) {
    s.closeAllConnections();
    await new Promise((resolve) => s.close(resolve));
  }
});

/** What the stand-in handler saw. */
const seen: { csp?: string; body?: string; bodyError?: string }[] = [];

const standIn: RequestHandler = async (req, res) => {
  const record: (typeof seen)[number] = { csp: req.headers["content-security-policy"] as string | undefined };
  seen.push(record);
  const url = req.url ?? "/";
  if (req.method === "POST") {
    const chunks: Buffer[] = [];
    try {
      for await (const chunk of req) chunks.push(chunk as Buffer);
      record.body = Buffer.concat(chunks).toString("utf8");
    } catch (err) {
      record.bodyError = (err as Error).message;
      return;
    }
    res.setHeader("Content-Type", "application/json");
    res.end(JSON.stringify({ received: record.body.length }));
    return;
  }
  if (url.startsWith("/redirect")) {
    res.statusCode = 308;
    res.setHeader("Location", "http://evil.example/codes/APIG.0308");
    res.setHeader("Refresh", "0;url=http://evil.example/codes/APIG.0308");
    res.end();
    return;
  }
  if (url.startsWith("/writehead")) {
    // Headers passed straight to writeHead, as some of Next's paths do.
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Content-Security-Policy": "script-src 'unsafe-inline'" });
    res.end("<p>hi</p>");
    return;
  }
  if (url.startsWith("/fail")) throw new Error("boom");
  if (url.startsWith("/marked")) {
    res.setHeader("x-page-status", url.includes("evil") ? "302" : "404");
    res.setHeader("Content-Type", url.includes("rsc") ? "text/x-component" : "text/html; charset=utf-8");
    res.end("<p>No page for VPC.0301</p>");
    return;
  }
  if (url.startsWith("/not-modified")) {
    res.statusCode = 304;
    res.setHeader("Content-Security-Policy", "default-src 'self'; script-src 'self'");
    res.setHeader("ETag", '"abc"');
    res.end();
    return;
  }
  if (url.startsWith("/api/")) {
    res.setHeader("Content-Type", "application/json");
    res.setHeader("Content-Security-Policy", "default-src 'self'; script-src 'self'");
    res.end("{}");
    return;
  }
  res.setHeader("Content-Type", "text/html; charset=utf-8");
  res.end("<!DOCTYPE html><p>page</p>");
};

const PAGE_HASHES: Record<string, string[]> = { "/codes/APIG.0308": ["'sha256-page'"], "/_not-found": ["'sha256-404'"] };

async function start(limits: Partial<ServerLimits> = {}, basePath = ""): Promise<{ server: http.Server; port: number; logs: string[] }> {
  const logs: string[] = [];
  const server = createAppServer({
    handle: standIn,
    basePath,
    frameAncestors: [],
    pages: { sourcesFor: (route) => PAGE_HASHES[route] ?? PAGE_HASHES["/_not-found"]! },
    limits: { ...DEFAULT_LIMITS, ...limits },
    log: (m) => logs.push(m),
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, port: (server.address() as net.AddressInfo).port, logs };
}

function get(port: number, path: string, method = "GET"): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port, path, method, agent: false }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (c) => (body += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

/** Sends raw bytes and resolves with everything the server sent back before closing. */
function raw(port: number, text: string, timeoutMs = 5000): Promise<string> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    let received = "";
    socket.on("data", (d) => (received += d.toString("latin1")));
    socket.on("close", () => resolve(received));
    socket.on("error", () => undefined);
    socket.setTimeout(timeoutMs, () => socket.destroy());
    socket.write(text);
  });
}

const scriptSrc = (csp: string | string[] | undefined) =>
  String(csp)
    .split("; ")
    .find((d) => d.startsWith("script-src "));

describe("the production server", () => {
  it("gives an HTML page a CSP with its own hashes and a fresh nonce, and hands the same nonce to Next", async () => {
    const { port } = await start();
    seen.length = 0;
    const one = await get(port, "/codes/APIG.0308");
    const two = await get(port, "/codes/APIG.0308");
    const nonce = (csp: string | string[] | undefined) => /'nonce-([^']+)'/.exec(String(csp))?.[1];
    expect(scriptSrc(one.headers["content-security-policy"])).toMatch(/^script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}' 'sha256-page'$/);
    expect(nonce(one.headers["content-security-policy"])).not.toBe(nonce(two.headers["content-security-policy"]));
    expect(seen[0]!.csp).toBe(`script-src 'nonce-${nonce(one.headers["content-security-policy"])}'`);
    expect(scriptSrc((await get(port, "/codes/NOPE")).headers["content-security-policy"])).toContain("'sha256-404'");
  });

  it("replaces a nonce a client sends, and a CSP set through writeHead", async () => {
    const { port } = await start();
    seen.length = 0;
    await new Promise<void>((resolve) => {
      http.get(
        { host: "127.0.0.1", port, path: "/", headers: { "content-security-policy": "script-src 'nonce-chosen'" }, agent: false },
        (res) => {
          res.resume();
          res.on("end", () => resolve());
        },
      );
    });
    expect(seen[0]!.csp).not.toContain("chosen");
    const page = await get(port, "/writehead");
    expect(page.headers["content-security-policy"]).not.toBe("script-src 'unsafe-inline'");
    expect(scriptSrc(page.headers["content-security-policy"])).toMatch(/^script-src 'self' 'nonce-/);
  });

  it("adds the security headers to every answer, leaves a non-HTML CSP as set, and 500s with JSON when the handler throws", async () => {
    const { port, logs } = await start();
    const api = await get(port, "/api/codes");
    expect(api.headers["content-security-policy"]).toBe("default-src 'self'; script-src 'self'");
    expect(api.headers["x-content-type-options"]).toBe("nosniff");
    const failed = await get(port, "/fail");
    expect(failed.status).toBe(500);
    expect(JSON.parse(failed.body)).toMatchObject({ error: "internal_error" });
    expect(failed.headers["x-frame-options"]).toBe("DENY");
    expect(failed.headers["content-security-policy"]).toContain("default-src 'self'");
    expect(logs.join("\n")).toContain("boom");
  });

  it("sends no CSP with a 304, so the stored page keeps its own (with its hashes)", async () => {
    const { port } = await start();
    const response = await get(port, "/not-modified");
    expect(response.status).toBe(304);
    expect(response.headers["content-security-policy"]).toBeUndefined();
    expect(response.headers["x-content-type-options"]).toBe("nosniff");
  });

  it("answers a page marked by the proxy with its status, keeps its HTML, and drops the mark", async () => {
    const { port } = await start();
    const page = await get(port, "/marked");
    expect(page.status).toBe(404);
    expect(page.body).toContain("No page for VPC.0301");
    expect(page.headers["x-page-status"]).toBeUndefined();
    expect((await get(port, "/marked-rsc")).status).toBe(200);
    expect((await get(port, "/marked-evil")).status).toBe(200);
  });

  it("turns every redirect into a path on the client's own host", async () => {
    const { port } = await start();
    const response = await get(port, "/redirect");
    expect(response.headers.location).toBe("/codes/APIG.0308");
    expect(response.headers.refresh).toBe("0;url=/codes/APIG.0308");
  });

  it("answers TRACE, CONNECT, WebDAV and made-up methods 405 with the security headers", async () => {
    const { port } = await start();
    for (const [method, path, allow] of [
      ["TRACE", "/", "GET, HEAD"],
      ["TRACE", "/api/classify", "POST"],
      ["PROPFIND", "/codes/APIG.0308", "GET, HEAD"],
      ["DELETE", "/", "GET, HEAD"],
    ] as const) {
      const response = await get(port, path, method);
      expect(response.status, `${method} ${path}`).toBe(405);
      expect(response.headers.allow).toBe(allow);
      expect(response.headers["content-security-policy"]).toContain("default-src 'self'");
      expect(JSON.parse(response.body)).toMatchObject({ error: "method_not_allowed" });
    }
    for (const request of ["FOO / HTTP/1.1\r\nHost: a\r\n\r\n", "CONNECT 127.0.0.1:22 HTTP/1.1\r\nHost: a\r\n\r\n"]) {
      const answer = await raw(port, request);
      expect(answer, request).toMatch(/^HTTP\/1\.1 405 Method Not Allowed\r\n/);
      expect(answer).toContain("Content-Security-Policy: default-src 'self'");
      expect(answer).toContain('"error":"method_not_allowed"');
    }
  });

  it("answers malformed requests 400 and a broken percent-encoding under /api 400, both in JSON with the headers", async () => {
    const { port } = await start();
    const garbage = await raw(port, "GET / HTTP/1.1\r\nHost: a\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n");
    expect(garbage).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
    expect(garbage).toContain("X-Content-Type-Options: nosniff");
    const broken = await get(port, "/api/codes/%E0%A4%A");
    expect(broken.status).toBe(400);
    expect(JSON.parse(broken.body)).toMatchObject({ error: "bad_path" });
  });

  it("cuts off a client that sends its body a byte at a time, and keeps answering others meanwhile", { timeout: 10_000 }, async () => {
    const { port } = await start({ headersTimeoutMs: 1000, requestTimeoutMs: 1500 });
    seen.length = 0;
    const socket = net.connect(port, "127.0.0.1");
    let received = "";
    socket.on("data", (d) => (received += d.toString("latin1")));
    socket.on("error", () => undefined);
    const closed = new Promise<number>((resolve) => socket.on("close", () => resolve(Date.now())));
    const startedAt = Date.now();
    socket.write("POST /api/classify HTTP/1.1\r\nHost: a\r\nContent-Type: text/plain\r\nContent-Length: 1000\r\n\r\n");
    const drip = setInterval(() => {
      if (!socket.destroyed) socket.write("x");
    }, 100);

    // Meanwhile, other clients get their pages at once.
    const others: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t = Date.now();
      expect((await get(port, "/")).status).toBe(200);
      others.push(Date.now() - t);
      await new Promise((r) => setTimeout(r, 100));
    }
    const closedAt = await closed;
    clearInterval(drip);
    expect(closedAt - startedAt).toBeGreaterThanOrEqual(1400);
    expect(closedAt - startedAt).toBeLessThan(4000);
    expect(received).toMatch(/^HTTP\/1\.1 408 Request Timeout\r\n/);
    expect(received).toContain('"error":"request_timeout"');
    expect(Math.max(...others)).toBeLessThan(500);
    expect(seen.find((s) => s.body !== undefined)?.body).toBeUndefined();
  });

  it("closes a client that never finishes its headers", { timeout: 10_000 }, async () => {
    const { port } = await start({ headersTimeoutMs: 1000, requestTimeoutMs: 1000 });
    const t = Date.now();
    const answer = await raw(port, "GET / HTTP/1.1\r\nHost: a\r\nX-Slow: ", 8000);
    expect(Date.now() - t).toBeLessThan(3500);
    expect(answer).toMatch(/^HTTP\/1\.1 408 /);
  });

  it("holds no more than MAX_CONNECTIONS connections at once", async () => {
    const { port } = await start({ maxConnections: 2 });
    const open = [net.connect(port, "127.0.0.1"), net.connect(port, "127.0.0.1")];
    await Promise.all(open.map((s) => new Promise((r) => s.once("connect", r))));
    await new Promise((r) => setTimeout(r, 100));
    const third = await raw(port, "GET / HTTP/1.1\r\nHost: a\r\n\r\n", 3000);
    expect(third).toBe("");
    for (const s of open) s.destroy();
    await new Promise((r) => setTimeout(r, 100));
    expect((await get(port, "/")).status).toBe(200);
  });
});
