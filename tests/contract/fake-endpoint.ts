/**
 * A fake OCR endpoint on 127.0.0.1: answers each request with the response of
 * the case named in its x-contract-case header (status, headers, raw body),
 * so the real SDK meets the errors as Huawei Cloud sends them.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";

export interface FakeResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export interface FakeEndpoint {
  url: string;
  /** The requests it received, with their headers, so a test can see the SDK really signed them. */
  received: Array<{ method: string; path: string; headers: http.IncomingHttpHeaders }>;
  close(): Promise<void>;
}

export const CASE_HEADER = "x-contract-case";

export async function startFakeEndpoint(responses: ReadonlyMap<string, FakeResponse>): Promise<FakeEndpoint> {
  const received: FakeEndpoint["received"] = [];
  const server = http.createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      received.push({ method: req.method ?? "", path: req.url ?? "", headers: req.headers });
      const id = req.headers[CASE_HEADER];
      const response = typeof id === "string" ? responses.get(id) : undefined;
      if (!response) {
        res.writeHead(599, { "content-type": "text/plain" });
        res.end(`no contract case "${String(id)}"`);
        return;
      }
      res.writeHead(response.status, response.headers);
      res.end(response.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    close: () => new Promise((resolve, reject) => server.close((err) => (err ? reject(err) : resolve()))),
  };
}
