/**
 * Slow clients against the real production server (scripts/server.ts on the
 * same build), started here a second time with short limits so the test takes
 * seconds: a body sent a byte at a time is cut off, and the server keeps
 * answering pages and /healthz meanwhile.
 */
import net from "node:net";
import { expect, test } from "@playwright/test";
import { buildBasePath, startAppProduction, stopAll, type RunningServer } from "../../scripts/lib/serve-build";
import { isStaticEdition, needsNodeServer } from "./edition";

test.skip(isStaticEdition, needsNodeServer("the server's limits on slow clients (lib/http/server-limits.ts)"));

let server: RunningServer;
let base = "";

test.beforeAll(async () => {
  test.setTimeout(90_000);
  base = buildBasePath();
  server = await startAppProduction(process.cwd(), { HEADERS_TIMEOUT_MS: "2000", REQUEST_TIMEOUT_MS: "3000", MAX_CONNECTIONS: "100" });
});

test.afterAll(async () => {
  await stopAll();
});

interface Drip {
  closedAfterMs: Promise<number>;
  received: () => string;
  stop: () => void;
}

/** Opens a connection that sends `head` at once, then `trickle` one byte every `everyMs`. */
function drip(head: string, trickle: string, everyMs: number): Drip {
  const socket = net.connect(server.port, "127.0.0.1");
  const started = Date.now();
  let received = "";
  let at = 0;
  socket.on("data", (d) => (received += d.toString("latin1")));
  socket.on("error", () => undefined);
  socket.write(head);
  const timer = setInterval(() => {
    if (socket.destroyed || at >= trickle.length) return;
    socket.write(trickle[at++]!);
  }, everyMs);
  const closedAfterMs = new Promise<number>((resolve) =>
    socket.on("close", () => {
      clearInterval(timer);
      resolve(Date.now() - started);
    }),
  );
  return { closedAfterMs, received: () => received, stop: () => socket.destroy() };
}

async function timedGet(path: string): Promise<{ status: number; ms: number }> {
  const t = Date.now();
  const response = await fetch(`${server.origin}${base}${path}`, { signal: AbortSignal.timeout(5000) });
  await response.arrayBuffer();
  return { status: response.status, ms: Date.now() - t };
}

test("twenty clients sending a paste a byte at a time are cut off at REQUEST_TIMEOUT_MS, and pages and /healthz answer at once meanwhile", async () => {
  test.setTimeout(60_000);
  const body = `{"error_code":"APIG.0308"}${" ".repeat(100_000)}`;
  const slow = Array.from({ length: 20 }, () =>
    drip(
      `POST ${base}/api/classify HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\nContent-Length: ${body.length}\r\n\r\n`,
      body,
      100,
    ),
  );
  try {
    const readers: Array<{ status: number; ms: number }> = [];
    const until = Date.now() + 2500;
    while (Date.now() < until) {
      for (const path of ["/codes/APIG.0308", "/healthz", "/"]) readers.push(await timedGet(path));
    }
    expect(
      readers.every((r) => r.status === 200),
      JSON.stringify(readers),
    ).toBe(true);
    expect(Math.max(...readers.map((r) => r.ms))).toBeLessThan(1000);

    const closed = await Promise.all(slow.map((s) => s.closedAfterMs));
    for (const [i, ms] of closed.entries()) {
      expect(ms, `slow client ${i}`).toBeGreaterThanOrEqual(2900);
      expect(ms, `slow client ${i}`).toBeLessThan(6000);
      expect(slow[i]!.received(), `slow client ${i}`).toMatch(/^HTTP\/1\.1 408 Request Timeout\r\n/);
      expect(slow[i]!.received()).toContain("Content-Security-Policy: default-src 'self'");
    }
    // And the server is still fine afterwards.
    expect((await timedGet("/healthz")).status).toBe(200);
  } finally {
    for (const s of slow) s.stop();
  }
});

test("a client that sends its headers slowly is cut off at HEADERS_TIMEOUT_MS", async () => {
  const slow = drip(`GET ${base}/ HTTP/1.1\r\nHost: 127.0.0.1\r\n`, `X-Slow: ${"a".repeat(200)}\r\n\r\n`, 100);
  const ms = await slow.closedAfterMs;
  expect(ms).toBeGreaterThanOrEqual(1900);
  expect(ms).toBeLessThan(4500);
  expect(slow.received()).toMatch(/^HTTP\/1\.1 408 /);
});
