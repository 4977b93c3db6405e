import { describe, expect, it } from "vitest";
import { charsetOf, decodeBody, readTextBody } from "@/lib/http/read-body";

function post(body: BodyInit | Uint8Array | null, headers: Record<string, string> = {}) {
  return new Request("http://local/api", { method: "POST", body: body as BodyInit | null, headers, duplex: "half" } as RequestInit);
}

const PASTE = '{"error_code":"APIG.0308","error_msg":"The throttling threshold has been reached — 请求ID 7f"}';

function utf16le(text: string, bom = false): Uint8Array {
  const bytes = Buffer.from(text, "utf16le");
  return new Uint8Array(bom ? Buffer.concat([Buffer.from([0xff, 0xfe]), bytes]) : bytes);
}

function utf16be(text: string, bom = false): Uint8Array {
  const le = Buffer.from(text, "utf16le");
  const be = Buffer.alloc(le.length);
  for (let i = 0; i + 1 < le.length; i += 2) {
    be[i] = le[i + 1]!;
    be[i + 1] = le[i]!;
  }
  return new Uint8Array(bom ? Buffer.concat([Buffer.from([0xfe, 0xff]), be]) : be);
}

describe("readTextBody", () => {
  it("reads a body within the limit", async () => {
    expect(await readTextBody(post("héllo"), 100)).toEqual({ ok: true, text: "héllo", charset: "utf-8" });
  });

  it("reads an empty body as empty text", async () => {
    expect(await readTextBody(post(null), 100)).toMatchObject({ ok: true, text: "" });
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

  it("decodes text/plain in the charset it declares (UTF-16LE and BE, with and without a byte-order mark)", async () => {
    const cases: Array<[Uint8Array, string]> = [
      [utf16le(PASTE), "text/plain; charset=utf-16le"],
      [utf16le(PASTE, true), "text/plain; charset=utf-16le"],
      [utf16le(PASTE, true), "text/plain; charset=utf-16"],
      [utf16be(PASTE), "text/plain; charset=UTF-16BE"],
      [utf16be(PASTE, true), 'text/plain; charset="utf-16"'],
      [utf16le(PASTE, true), "text/plain"],
      [utf16be(PASTE, true), "text/plain"],
    ];
    for (const [bytes, type] of cases) {
      const read = await readTextBody(post(bytes, { "content-type": type }), 1 << 20);
      expect(read, `${type} (${bytes[0]!.toString(16)})`).toMatchObject({ ok: true, text: PASTE });
    }
  });

  it("decodes a JSON body in UTF-16 too", async () => {
    const json = JSON.stringify({ text: PASTE });
    const read = await readTextBody(post(utf16le(json), { "content-type": "application/json; charset=utf-16le" }), 1 << 20);
    expect(read).toMatchObject({ ok: true, text: json, charset: "utf-16le" });
  });

  it("decodes other declared charsets (GB18030, Latin-1) and strips a UTF-8 byte-order mark", async () => {
    const gb = new Uint8Array([0xc7, 0xeb, 0xc7, 0xf3, 0x49, 0x44]); // 请求ID in GB18030
    expect(await readTextBody(post(gb, { "content-type": "text/plain; charset=gb18030" }), 100)).toMatchObject({
      ok: true,
      text: "请求ID",
    });
    expect(
      await readTextBody(post(new Uint8Array([0x63, 0x61, 0x66, 0xe9]), { "content-type": "text/plain; charset=iso-8859-1" }), 100),
    ).toMatchObject({ ok: true, text: "café" });
    expect(await readTextBody(post(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]), { "content-type": "text/plain" }), 100)).toMatchObject({
      ok: true,
      text: "A",
    });
  });

  it("refuses UTF-16 sent without its charset instead of reading NULs", async () => {
    const read = await readTextBody(post(utf16le(PASTE), { "content-type": "text/plain" }), 1 << 20);
    expect(read).toMatchObject({ ok: false, reason: "charset" });
    expect(read.ok === false && read.reason === "charset" && read.message).toMatch(/NUL.*charset=utf-8.*utf-16le/);
    // Plain ASCII in UTF-16 is valid UTF-8 (letters and NULs): still refused, not read as "A\0P\0I\0G\0".
    const ascii = await readTextBody(post(utf16le("APIG.0308 throttled"), { "content-type": "text/plain; charset=utf-8" }), 1 << 20);
    expect(ascii.ok === false && ascii.reason === "charset" && ascii.message).toMatch(/NUL bytes/);
  });

  it("keeps a stray NUL in a UTF-8 paste, as a JSON body's \\u0000 would be kept", async () => {
    const text = 'log line\u0000 {"error_code":"APIG.0308"}';
    expect(await readTextBody(post(new TextEncoder().encode(text), { "content-type": "text/plain" }), 1 << 20)).toMatchObject({
      ok: true,
      text,
    });
  });

  it("refuses charset=utf-16 without a byte-order mark: the byte order is unknown", async () => {
    const read = await readTextBody(post(utf16le(PASTE), { "content-type": "text/plain; charset=utf-16" }), 1 << 20);
    expect(read).toMatchObject({ ok: false, reason: "charset" });
    expect(read.ok === false && read.reason === "charset" && read.message).toMatch(/byte order.*utf-16le or charset=utf-16be/);
  });

  it("refuses bytes that are not valid in the charset, and charsets it cannot read", async () => {
    const badUtf8 = await readTextBody(post(new Uint8Array([0x41, 0xff, 0x42]), { "content-type": "text/plain" }), 100);
    expect(badUtf8).toMatchObject({ ok: false, reason: "charset" });
    expect(badUtf8.ok === false && badUtf8.reason === "charset" && badUtf8.message).toMatch(/not valid utf-8 \(no charset was declared/);
    const oddUtf16 = await readTextBody(post(new Uint8Array([0x41, 0x00, 0x42]), { "content-type": "text/plain; charset=utf-16le" }), 100);
    expect(oddUtf16).toMatchObject({ ok: false, reason: "charset" });
    const unknown = await readTextBody(post("x", { "content-type": "text/plain; charset=klingon" }), 100);
    expect(unknown.ok === false && unknown.reason === "charset" && unknown.message).toMatch(/"klingon" is not one this server can read/);
    const replacement = await readTextBody(post("x", { "content-type": "text/plain; charset=iso-2022-kr" }), 100);
    expect(replacement).toMatchObject({ ok: false, reason: "charset" });
  });
});

describe("charsetOf", () => {
  it("reads the charset parameter in any case, quoted or not", () => {
    expect(charsetOf("text/plain; charset=UTF-16LE")).toBe("utf-16le");
    expect(charsetOf('application/json;charset="utf-8"; foo=bar')).toBe("utf-8");
    expect(charsetOf("text/plain; format=flowed;  Charset = gbk ")).toBe("gbk");
    expect(charsetOf("text/plain")).toBeNull();
    expect(charsetOf("text/plain; charset=")).toBeNull();
    expect(charsetOf(null)).toBeNull();
  });
});

describe("decodeBody", () => {
  it("lets a byte-order mark decide over a declared charset", () => {
    expect(decodeBody(utf16le("AIS.0101", true), "utf-8")).toEqual({ ok: true, text: "AIS.0101", charset: "utf-16le" });
  });
});
