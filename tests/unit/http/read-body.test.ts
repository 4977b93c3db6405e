import { describe, expect, it } from "vitest";
import { readTextBody } from "@/lib/http/read-body";

function post(body: BodyInit | null, headers: Record<string, string> = {}) {
  return new Request("http://local/api", { method: "POST", body, headers, duplex: "half" } as RequestInit);
}

describe("readTextBody", () => {
  it("reads a body within the limit", async () => {
    expect(await readTextBody(post("héllo"), 100)).toEqual({ ok: true, text: "héllo" });
  });

  it("reads an empty body as empty text", async () => {
    expect(await readTextBody(post(null), 100)).toEqual({ ok: true, text: "" });
  });

  it("refuses a body whose declared length is over the limit, before reading it", async () => {
    expect(await readTextBody(post("x".repeat(10), { "content-length": "1000" }), 100)).toEqual({ ok: false, reason: "too-large" });
  });

  it("stops reading a streamed body once it passes the limit", async () => {
    let pulled = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(64));
        if (pulled > 1000) controller.close();
      },
    });
    expect(await readTextBody(post(stream), 200)).toEqual({ ok: false, reason: "too-large" });
    expect(pulled).toBeLessThan(10);
  });
});
