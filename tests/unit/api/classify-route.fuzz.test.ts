/**
 * Fuzzes POST /api/classify by calling the route handler directly with Request
 * objects: random text, random bytes (invalid UTF-8 included), mutated real
 * and documented pastes, deeply nested JSON, and a spread of content types.
 * Whatever comes in, the handler answers a JSON body with 200, 400, 413 or 415,
 * and a 200 holds well-formed findings. Needs the generated data: `npm run data`.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { POST } from "@/app/api/classify/route";
import { MAX_API_BODY_BYTES } from "@/lib/diagnose/limits";

type Fixture = { items: { text: string }[] };
const fixture = (name: string) =>
  (JSON.parse(readFileSync(path.resolve(__dirname, "../../fixtures", name), "utf8")) as Fixture).items.map((i) => i.text);
const SAMPLES = [...fixture("real-pastes.json"), ...fixture("documented-payloads.json")];

const STATUSES = new Set([200, 400, 413, 415]);
const MATCHED_BY = new Set(["code", "message", "status"]);

/** Content types the route reads: text (any text/*, form-encoded, as curl -d sends) and JSON (incl. +json). */
const TEXT_TYPES = [
  "text/plain",
  "text/plain; charset=utf-8",
  "TEXT/PLAIN;charset=UTF-8",
  "text/html",
  "text/csv",
  "application/x-www-form-urlencoded",
];
const JSON_TYPES = [
  "application/json",
  "application/json; charset=utf-8",
  "Application/JSON",
  "application/problem+json",
  "application/vnd.api+json",
];
/** Binary or multipart bodies: never a paste, answered 415 before the body is read. */
const REFUSED_TYPES = [
  "image/png",
  "image/jpeg",
  "multipart/form-data; boundary=----x",
  "application/octet-stream",
  "application/pdf",
  "application/zip",
  "audio/mpeg",
  "video/mp4",
];
/** Odd ones: the answer may be anything allowed, but it must still be a proper answer. */
const ODD_TYPES = ["application/xml", "json", "application/jsonp", "text", "*/*", ";", "  ", "application/json-seq", "x/y; a=b"];
/** null: no content-type header at all (a Uint8Array body gets none). */
const ANY_TYPE = fc.constantFrom<string | null>(null, ...TEXT_TYPES, ...JSON_TYPES, ...REFUSED_TYPES, ...ODD_TYPES);

function request(body: BodyInit | null, contentType: string | null, extra: Record<string, string> = {}): Request {
  const headers = new Headers(extra);
  if (contentType !== null) headers.set("content-type", contentType);
  return new Request("http://local/api/classify", { method: "POST", body, headers, duplex: "half" } as RequestInit);
}

/** Strings are sent with their declared type; if none is declared, with none (not fetch's default text/plain). */
function send(body: string | Uint8Array, contentType: string | null, extra: Record<string, string> = {}): Request {
  const bytes = typeof body === "string" ? new TextEncoder().encode(body) : body;
  return request(bytes as Uint8Array<ArrayBuffer>, contentType, extra);
}

type Answer = { status: number; body: Record<string, unknown> };

/** Calls the handler and checks the properties every answer has; returns the answer for further checks. */
async function call(req: Request): Promise<Answer> {
  let response: Response;
  try {
    response = await POST(req);
  } catch (error) {
    throw new Error(`the handler threw: ${String(error)}`);
  }
  expect(STATUSES.has(response.status), `status ${response.status}`).toBe(true);
  expect(response.headers.get("content-type") ?? "").toMatch(/^application\/json\b/);
  const raw = await response.text();
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    throw new Error(`the body is not JSON: ${raw.slice(0, 200)}`);
  }
  expect(body !== null && typeof body === "object" && !Array.isArray(body)).toBe(true);
  const answer = { status: response.status, body: body as Record<string, unknown> };
  if (answer.status === 200) expectFindings(answer.body);
  else expectError(answer.body);
  return answer;
}

const isStringOrNull = (v: unknown) => v === null || typeof v === "string";

function expectFindings(body: Record<string, unknown>): void {
  expect(Array.isArray(body.findings), "findings is an array").toBe(true);
  for (const f of body.findings as Record<string, unknown>[]) {
    const where = JSON.stringify(f).slice(0, 300);
    expect(isStringOrNull(f.code), `code: ${where}`).toBe(true);
    if (f.entry !== null) {
      const entry = f.entry as Record<string, unknown>;
      expect(typeof entry, `entry: ${where}`).toBe("object");
      expect(isStringOrNull(entry.code), `entry.code: ${where}`).toBe(true);
      expect(typeof entry.slug, `entry.slug: ${where}`).toBe("string");
      expect(typeof entry.url, `entry.url: ${where}`).toBe("string");
      expect(entry.url as string, `entry.url: ${where}`).toContain(`/codes/${entry.slug as string}`);
    }
    expect(isStringOrNull(f.cause), `cause: ${where}`).toBe(true);
    expect(f.httpStatus === null || typeof f.httpStatus === "number", `httpStatus: ${where}`).toBe(true);
    expect(isStringOrNull(f.requestId), `requestId: ${where}`).toBe(true);
    expect(MATCHED_BY.has(f.matchedBy as string), `matchedBy: ${where}`).toBe(true);
    expect(typeof f.confidence, `confidence: ${where}`).toBe("number");
    expect((f.confidence as number) >= 0 && (f.confidence as number) <= 1, `confidence in [0,1]: ${where}`).toBe(true);
    expect(Number.isInteger(f.count) && (f.count as number) >= 1, `count >= 1: ${where}`).toBe(true);
  }
}

function expectError(body: Record<string, unknown>): void {
  expect(typeof body.error, `error: ${JSON.stringify(body)}`).toBe("string");
  expect(typeof body.message, `message: ${JSON.stringify(body)}`).toBe("string");
}

/** A sample with random cuts, insertions, deletions and duplications. */
const edit = fc.oneof(
  fc.record({ op: fc.constant("delete" as const), at: fc.nat(), len: fc.nat({ max: 40 }) }),
  fc.record({ op: fc.constant("insert" as const), at: fc.nat(), junk: fc.string({ maxLength: 20, unit: "binary" }) }),
  fc.record({ op: fc.constant("double" as const), at: fc.nat(), len: fc.nat({ max: 80 }) }),
  fc.record({ op: fc.constant("truncate" as const), at: fc.nat() }),
  fc.record({ op: fc.constant("quotes" as const) }),
);
const mutatedSample = fc.tuple(fc.constantFrom(...SAMPLES), fc.array(edit, { minLength: 1, maxLength: 6 })).map(([text, edits]) => {
  let t = text;
  for (const e of edits) {
    const i = "at" in e ? e.at % (t.length + 1) : 0;
    if (e.op === "delete") t = t.slice(0, i) + t.slice(i + e.len);
    else if (e.op === "insert") t = t.slice(0, i) + e.junk + t.slice(i);
    else if (e.op === "double") t = t.slice(0, i + e.len) + t.slice(i, i + e.len) + t.slice(i + e.len);
    else if (e.op === "truncate") t = t.slice(0, i);
    else t = t.replace(/"/g, "'");
  }
  return t;
});

/** Random bytes, often invalid UTF-8 (lone continuation bytes, cut sequences, 0xFF). */
const randomBytes = fc.oneof(
  fc.uint8Array({ maxLength: 2000 }),
  fc
    .array(fc.constantFrom(0x80, 0xbf, 0xc0, 0xc3, 0xe2, 0xed, 0xa0, 0xf0, 0xf4, 0xff, 0xfe, 0x00, 0x7b, 0x22), { maxLength: 500 })
    .map((a) => Uint8Array.from(a)),
  fc.tuple(fc.constantFrom(...SAMPLES), fc.uint8Array({ minLength: 1, maxLength: 40 }), fc.nat()).map(([text, junk, at]) => {
    const bytes = new TextEncoder().encode(text);
    const i = at % (bytes.length + 1);
    const out = new Uint8Array(bytes.length + junk.length);
    out.set(bytes.subarray(0, i), 0);
    out.set(junk, i);
    out.set(bytes.subarray(i), i + junk.length);
    return out;
  }),
);

const RUNS = { numRuns: 300 };
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

describe("POST /api/classify under fuzzing", () => {
  it("random strings, with any content type", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.string({ maxLength: 500 }), fc.string({ maxLength: 500, unit: "binary" }), fc.json()),
        ANY_TYPE,
        async (text, type) => {
          await call(send(text, type));
        },
      ),
      RUNS,
    );
  });

  it("random bytes, including invalid UTF-8, with any content type", async () => {
    await fc.assert(
      fc.asyncProperty(randomBytes, ANY_TYPE, async (bytes, type) => {
        await call(send(bytes, type));
      }),
      RUNS,
    );
  });

  it("mutated real and documented pastes, as text and as JSON {text}", async () => {
    await fc.assert(
      fc.asyncProperty(
        mutatedSample,
        fc.constantFrom(...TEXT_TYPES, null),
        fc.constantFrom(...JSON_TYPES),
        async (mutated, textType, jsonType) => {
          // A lone surrogate becomes U+FFFD when sent as UTF-8 text but survives a JSON "\udc00" escape:
          // replace it first so that both bodies carry the same text.
          const text = mutated.replace(LONE_SURROGATE, "\uFFFD");
          const asText = await call(send(text, textType));
          const asJson = await call(send(JSON.stringify({ text }), jsonType));
          // Text that is mostly NULs reads as UTF-16 sent without its charset when sent plain (415),
          // while JSON carries it as \u0000 escapes: the two cannot be compared.
          if (asText.status === 415 && asText.body.error === "unsupported_charset") return;
          if (text.trim() !== "") {
            // A JSON body {text} is read exactly as the same text sent plain.
            expect(asJson.status).toBe(asText.status);
            expect(asJson.body).toEqual(asText.body);
          }
        },
      ),
      RUNS,
    );
  });

  it("mutated JSON bodies declared as application/json", async () => {
    const body = fc.oneof(
      mutatedSample.map((text) => JSON.stringify({ text })),
      fc.tuple(mutatedSample, fc.nat(), fc.nat({ max: 10 })).map(([text, at, len]) => {
        const json = JSON.stringify({ text });
        const i = at % (json.length + 1);
        return json.slice(0, i) + json.slice(i + len);
      }),
      fc.jsonValue().map((v) => JSON.stringify(v)),
      fc.record({ text: fc.jsonValue() }).map((v) => JSON.stringify(v)),
      fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue(), { maxKeys: 4 }).map((v) => JSON.stringify(v)),
    );
    await fc.assert(
      fc.asyncProperty(body, fc.constantFrom(...JSON_TYPES), async (json, type) => {
        const answer = await call(send(json, type));
        let parsed: unknown;
        try {
          parsed = JSON.parse(json);
        } catch {
          expect(answer.status).toBe(400);
          expect(answer.body.error).toBe("invalid_json");
          return;
        }
        const text = parsed && typeof parsed === "object" ? (parsed as { text?: unknown }).text : undefined;
        if (typeof text !== "string") expect(answer.body.error).toBe("missing_text");
        else if (text.trim() === "") expect(answer.body.error).toBe("empty_body");
        else expect(answer.status).toBe(200);
      }),
      RUNS,
    );
  });

  it("refuses binary and multipart bodies with 415, before reading them", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          randomBytes,
          mutatedSample.map((t) => new TextEncoder().encode(t)),
        ),
        fc.constantFrom(...REFUSED_TYPES),
        async (bytes, type) => {
          const answer = await call(send(bytes, type));
          expect(answer.status).toBe(415);
          expect(answer.body.error).toBe("unsupported_content_type");
        },
      ),
      { numRuns: 60 },
    );
    // A real multipart upload, built by fetch itself.
    const form = new FormData();
    form.set("file", new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])], { type: "image/png" }), "shot.png");
    const multipart = new Request("http://local/api/classify", { method: "POST", body: form });
    expect((await call(multipart)).status).toBe(415);
  });

  it("deeply nested JSON: {text} wrapped thousands of levels deep", async () => {
    for (const depth of [1_000, 5_000, 20_000]) {
      const nested = `${'{"text":'.repeat(depth)}"APIG.0301"${"}".repeat(depth)}`;
      // Declared JSON: the outer "text" is an object, not a string.
      const asJson = await call(send(nested, "application/json"));
      expect(asJson.status).toBe(400);
      expect(asJson.body.error).toBe("missing_text");
      // The same as a text paste: the classifier must cope with it (and may find the code).
      await call(send(nested, "text/plain"));
      // Arrays too.
      await call(send(`${"[".repeat(depth)}{"error_code":"APIG.0301"}${"]".repeat(depth)}`, "application/json"));
      await call(send(`${"[".repeat(depth)}{"error_code":"APIG.0301"}${"]".repeat(depth)}`, "text/plain"));
    }
  }, 15_000);

  it("text holding 10,000 nested brackets, balanced and not", async () => {
    const n = 10_000;
    const texts = [
      "[".repeat(n) + "]".repeat(n),
      "{".repeat(n) + "}".repeat(n),
      "{".repeat(n),
      `${"[".repeat(n)}{"error_code":"APIG.0301","error_msg":"Incorrect IAM authentication information: token expires"}${"]".repeat(n)}`,
      `${'{"a":'.repeat(n)}{"error_code":"APIG.0308"}${"}".repeat(n)}`,
      `${"([{".repeat(n / 3)}error_code: APIG.0301${"}])".repeat(n / 3)}`,
      `{"error_code":"APIG.0301","error_msg":"${"{".repeat(n)}"}`,
      `${'\\"'.repeat(n)}{\\"error_code\\":\\"APIG.0301\\"}`,
    ];
    for (const text of texts) {
      await call(send(text, "text/plain"));
      await call(send(JSON.stringify({ text }), "application/json"));
    }
  }, 15_000);

  it("size limits: over the limit is 413 (declared or streamed), at the limit is read", async () => {
    const over = new Uint8Array(MAX_API_BODY_BYTES + 1).fill(0x61);
    expect((await call(send(over, "text/plain"))).status).toBe(413);
    // Declared too large (the body itself is small): refused before reading.
    expect((await call(send("APIG.0301", "text/plain", { "content-length": String(MAX_API_BODY_BYTES * 4) }))).status).toBe(413);
    // Streamed with no declared length.
    let pulls = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulls++;
        controller.enqueue(new Uint8Array(64 * 1024).fill(0x7b));
        if (pulls > 100) controller.close();
      },
    });
    expect((await call(request(stream, "text/plain"))).status).toBe(413);
    // Random (even nonsense) content-length headers never break it.
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.nat().map(String), fc.string({ maxLength: 12 })), mutatedSample, async (length, text) => {
        await call(send(text, "text/plain", { "content-length": length }));
      }),
      { numRuns: 50 },
    );
  });

  it("a body stream that fails mid-read is a 400, not a crash", async () => {
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"error_code":"APIG.0301"'));
        controller.error(new Error("connection reset"));
      },
    });
    const answer = await call(request(stream, "text/plain"));
    expect(answer.status).toBe(400);
    expect(answer.body.error).toBe("body_unreadable");
  });

  it("empty bodies are 400 empty_body", async () => {
    for (const type of [null, "text/plain", "application/x-www-form-urlencoded"]) {
      expect((await call(request(null, type))).body.error).toBe("empty_body");
      expect((await call(send(" \n\t ", type))).body.error).toBe("empty_body");
    }
    expect((await call(send('{"text":"  "}', "application/json"))).body.error).toBe("empty_body");
  });
});
