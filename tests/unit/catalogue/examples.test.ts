/**
 * Runnable examples (content/examples/<CODE>.md): one for every entry the caller
 * fixes, each with a failing request, the documented error response it gets and
 * the fixed request. The same checks stop the build (scripts/build-data.ts).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ExampleSection } from "@/components/catalogue/ExampleSection";
import { exampleFor } from "@/lib/catalogue";
import { curlBodies, loadExamples, matchesDocumented, parseExampleFile, parseResponse, type Example } from "@/lib/catalogue/examples";
import { CatalogueError, formatProblem, type ContentProblem } from "@/lib/catalogue/load";
import { createClassifier } from "@/lib/classify";
import { loadClassifierData } from "@/lib/catalogue/content";
import { loadStatusPreference } from "@/lib/catalogue/status-preference";
import { catalogue, classify, fixture, type DocumentedPayload } from "../classify/helpers";

const root = process.cwd();
const examplesDir = path.join(root, "content", "examples");

const missing: ContentProblem[] = [];
let examples: Example[] = [];
let loadError: Error | null = null;
try {
  examples = loadExamples(examplesDir, catalogue(), loadStatusPreference(root, catalogue()), root, { onMissing: (p) => missing.push(p) });
} catch (error) {
  loadError = error as Error;
}

/** The documented-payloads.json item of an example's response (id "<CODE>#example"). */
function fixtureItem(example: Example): DocumentedPayload {
  const f = classify(example.response).findings[0];
  return {
    id: `${example.code}#example`,
    entry: example.slug,
    form: "example-response",
    text: example.response,
    code: example.code,
    ...(f?.causeId ? { cause: f.causeId } : {}),
    ...(f?.requestId ? { requestId: f.requestId } : {}),
  };
}

// UPDATE_EXAMPLE_FIXTURES=1: write every example's response into the fixture (added or replaced), then check as usual.
if (process.env.UPDATE_EXAMPLE_FIXTURES === "1" && !loadError) {
  const file = path.join(root, "tests", "fixtures", "documented-payloads.json");
  const data = JSON.parse(fs.readFileSync(file, "utf8")) as { items: DocumentedPayload[] };
  const fresh = examples.map(fixtureItem);
  const ids = new Set(fresh.map((i) => i.id));
  data.items = [...data.items.filter((i) => i.form !== "example-response" && !ids.has(i.id)), ...fresh];
  fs.writeFileSync(file, `${JSON.stringify(data, null, 1)}\n`);
}

/** One example file's text, for the checks that must fail. */
function source(code: string): string {
  return fs.readFileSync(path.join(examplesDir, `${code}.md`), "utf8");
}

function problemsOf(file: string, text: string): string[] {
  const entries = catalogue();
  return parseExampleFile(file, text, entries, createClassifier(loadClassifierData(entries))).problems.map(formatProblem);
}

describe("examples: one for every entry the caller fixes", () => {
  it("every caller entry has one (a missing one is named)", () => {
    expect(missing.map(formatProblem)).toEqual([]);
  });

  it("loads without problems, one per entry, only for caller entries", () => {
    expect(loadError?.message ?? null).toBeNull();
    expect(examples.length).toBeGreaterThanOrEqual(15);
    const bySlug = new Map(catalogue().map((e) => [e.slug, e]));
    for (const example of examples) {
      const entry = bySlug.get(example.slug);
      expect(entry, example.slug).toBeDefined();
      expect(entry!.fixOwner, example.slug).toBe("caller");
    }
    expect(new Set(examples.map((e) => e.slug)).size).toBe(examples.length);
  });

  it("covers the AIS.* and APIG.* caller entries", () => {
    const callers = catalogue().filter((e) => e.fixOwner === "caller" && /^(AIS|APIG)\./.test(e.code ?? ""));
    const have = new Set(examples.map((e) => e.slug));
    expect(callers.map((e) => e.slug).filter((slug) => !have.has(slug))).toEqual([]);
  });

  it("the fixture holds no example response whose example is gone", () => {
    const { items } = fixture<{ items: DocumentedPayload[] }>("documented-payloads.json");
    const ids = new Set(examples.map((e) => `${e.code}#example`));
    expect(items.filter((i) => i.form === "example-response" && !ids.has(i.id)).map((i) => i.id)).toEqual([]);
  });

  it("names a missing example when it fails (the check itself can fail)", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "examples-"));
    try {
      fs.writeFileSync(path.join(dir, "AIS.0103.md"), source("AIS.0103"));
      let error: unknown;
      try {
        loadExamples(dir, catalogue(), loadStatusPreference(root, catalogue()), root);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(CatalogueError);
      const text = (error as Error).message;
      expect(text).toMatch(/APIG\.0308\.md: \(file\): missing: APIG\.0308 is fixed by the caller/);
      expect(text).not.toMatch(/AIS\.0103\.md/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe.each(examples.map((e) => [e.code, e] as const))("example %s", (_code, example) => {
  it("its response classifies to exactly its entry", () => {
    const { findings } = classify(example.response);
    expect(findings.length).toBeGreaterThan(0);
    expect(findings[0]!.entrySlug).toBe(example.slug);
  });

  it("its response body is JSON carrying the entry's code and a documented message", () => {
    const entry = catalogue().find((e) => e.slug === example.slug)!;
    const response = parseResponse(example.response);
    expect(response.status).not.toBeNull();
    expect(response.headers["x-request-id"]).toMatch(/\S/);
    const body = JSON.parse(response.body) as { error_code: string; error_msg: string };
    expect(body.error_code).toBe(entry.code);
    const documented = [...entry.messages.map((m) => m.text), ...entry.variants.map((v) => v.text)];
    expect(
      documented.some((text) => matchesDocumented(text, body.error_msg)),
      body.error_msg,
    ).toBe(true);
  });

  it("every curl body is JSON, and the fix differs from the failing request", () => {
    for (const curl of [example.request.curl, example.fix.curl])
      for (const body of curlBodies(curl)) expect(() => JSON.parse(body), body).not.toThrow();
    expect(example.fix.curl.replace(/\s+/g, " ")).not.toBe(example.request.curl.replace(/\s+/g, " "));
  });

  it("is among the documented payloads the classifier's coverage test reads", () => {
    const { items } = fixture<{ items: DocumentedPayload[] }>("documented-payloads.json");
    const expected = fixtureItem(example);
    const item = items.find((i) => i.id === expected.id);
    expect(
      item,
      `run UPDATE_EXAMPLE_FIXTURES=1 npx vitest run tests/unit/catalogue/examples.test.ts, or add to tests/fixtures/documented-payloads.json: ${JSON.stringify(expected)}`,
    ).toEqual(expected);
  });
});

describe("the checks fail on a bad example, naming file and field", () => {
  const file = "content/examples/AIS.0103.md";

  it("the real file passes", () => {
    expect(problemsOf(file, source("AIS.0103"))).toEqual([]);
  });

  it("a status that is not the documented one", () => {
    const text = source("AIS.0103").replace("HTTP/1.1 400 Bad Request", "HTTP/1.1 413 Request Entity Too Large");
    expect(problemsOf(file, text)).toContain(
      `${file}: response: expected status 400 for "The image size does not meet the requirements.", found 413`,
    );
  });

  it("a response of another entry", () => {
    const text = source("AIS.0103").replace('"error_code":"AIS.0103"', '"error_code":"AIS.0102"');
    const problems = problemsOf(file, text);
    expect(problems).toContain(`${file}: response: expected "error_code":"AIS.0103" in the body, found "AIS.0102"`);
    expect(problems).toContain(`${file}: response: classifies to AIS.0102 (AIS.0102), not AIS.0103`);
  });

  it("a message that is not documented", () => {
    const text = source("AIS.0103").replace("The image size does not meet the requirements.", "Image too big.");
    expect(problemsOf(file, text).join("\n")).toMatch(/response: expected "error_msg" to be a documented message of AIS\.0103/);
  });

  it("a body that is not JSON", () => {
    const text = source("AIS.0103").replace('"error_code":"AIS.0103",', '"error_code":"AIS.0103" ');
    expect(problemsOf(file, text).join("\n")).toMatch(/response: the body is not valid JSON/);
  });

  it("a curl body that is not JSON", () => {
    const text = source("AIS.0103").replace(
      `-d '{"image": "<base64 of photo.jpg: 16 MB of text>"}'`,
      `-d '{"image": <base64 of photo.jpg>}'`,
    );
    expect(problemsOf(file, text).join("\n")).toMatch(/request\.curl: body 1 \(-d '\.\.\.'\) is not valid JSON/);
  });

  it("a fix that is the failing request", () => {
    const data = source("AIS.0103");
    const failing = /request:\n {2}curl: \|\n((?: {4}.*\n)+)/.exec(data)![1];
    const text = data.replace(/(fix:\n {2}what:\n(?: {4}.*\n)+ {2}curl: \|\n)((?: {4}.*\n)+)/, (_m, head: string) => head + failing);
    expect(problemsOf(file, text)).toContain(`${file}: fix.curl: is the same as request.curl; show the corrected request`);
  });

  it("an unknown code, a file named after another code, an entry the caller does not fix", () => {
    expect(problemsOf("content/examples/AIS.9999.md", source("AIS.0103").replace("code: AIS.0103", "code: AIS.9999"))).toEqual([
      'content/examples/AIS.9999.md: code: "AIS.9999" is not a catalogue code; an example must belong to an entry in content/codes/',
    ]);
    expect(problemsOf("content/examples/AIS.0102.md", source("AIS.0103"))).toContain(
      "content/examples/AIS.0102.md: code: the file is named AIS.0102.md but the code is AIS.0103; name the file AIS.0103.md",
    );
    const notCaller = catalogue().find((e) => e.fixOwner !== "caller" && e.code)!;
    expect(
      problemsOf(`content/examples/${notCaller.slug}.md`, source("AIS.0103").replace("code: AIS.0103", `code: ${notCaller.code}`)),
    ).toContain(
      `content/examples/${notCaller.slug}.md: code: ${notCaller.slug} is fixed by "${notCaller.fixOwner}", not the caller; examples are only for entries with fixOwner: caller`,
    );
  });

  it("a missing or unknown field", () => {
    const problems = problemsOf(
      file,
      source("AIS.0103")
        .replace(/ {2}zh: "发送了[^\n]*\n/, "")
        .replace("response: |", "tip: x\nresponse: |"),
    );
    expect(problems).toContain(`${file}: what.zh: missing; expected string`);
    expect(problems.join("\n")).toMatch(/\(front matter\): unknown field\(s\) tip/);
  });
});

describe("helpers", () => {
  it("curlBodies reads only the curl command's own -d arguments", () => {
    const script = `TOKEN=$(curl -s -X POST "https://iam/v3/auth/tokens" \\\n  -d '{"a": 1}' \\\n  | tr -d '\\r')\ncurl --data-raw '{"b": 2}' https://x`;
    expect(curlBodies(script)).toEqual(['{"a": 1}', '{"b": 2}']);
  });

  it("matchesDocumented treats placeholders as values and nothing else", () => {
    expect(matchesDocumented("Template match failed, template_id={xxx}.", "Template match failed, template_id=abc123.")).toBe(true);
    expect(matchesDocumented("Template match failed, template_id={xxx}.", "Template match failed, template_id=.")).toBe(false);
    expect(matchesDocumented("limit:XX,time:1 second", "limit:10,time:1 second")).toBe(true);
    expect(matchesDocumented("limit:XX,time:1 second", "limit:10,time:1 minute")).toBe(false);
    expect(matchesDocumented("a XX b XX c", "a 1 b 2 c")).toBe(true);
    expect(matchesDocumented("a XX b XX c", "a 1 c")).toBe(false);
    expect(matchesDocumented("Recognition failed.", "Recognition failedX")).toBe(false);
    expect(matchesDocumented("Recognition failed.", "Recognition failed.")).toBe(true);
  });
});

describe("the app's data and the page section", () => {
  it("exampleFor reads generated/examples.json (npm run data)", () => {
    const example = exampleFor("AIS.0103");
    expect(example?.code).toBe("AIS.0103");
    expect(example?.response).toMatch(/^HTTP\/1\.1 400 Bad Request/);
    const notCaller = catalogue().find((e) => e.fixOwner !== "caller")!;
    expect(exampleFor(notCaller.slug)).toBeUndefined();
  });

  it("renders the example in English with the code blocks marked lang=en", () => {
    const html = renderToStaticMarkup(createElement(ExampleSection, { slug: "AIS.0103", locale: "en" }));
    expect(html).toContain('<h2 id="example-heading" class="text-xl font-semibold">Example</h2>');
    expect(html).toContain("Sends a 12 MB phone photo");
    expect(html).toContain("The request that fails");
    expect(html).toContain("Python SDK");
    expect(html).toContain("The fix");
    expect(html).toContain("&quot;error_code&quot;:&quot;AIS.0103&quot;");
    const pres = html.match(/<pre [^>]*>/g) ?? [];
    expect(pres.length).toBe(5);
    for (const pre of pres) expect(pre).toContain('lang="en"');
    expect(html).toMatch(/<pre [^>]*data-testid="example-response"[^>]*><code lang="en">HTTP\/1\.1 400 Bad Request/);
  });

  it("renders the Chinese page's sentences in Chinese and leaves the code as written", () => {
    const html = renderToStaticMarkup(createElement(ExampleSection, { slug: "AIS.0103", locale: "zh" }));
    expect(html).toContain(">示例</h2>");
    expect(html).toContain("发送了一张 12 MB 的手机照片");
    expect(html).toContain("修正方法");
    expect(html).toContain("编码前先缩小并重新压缩图片");
    expect(html).not.toContain("Sends a 12 MB phone photo");
    expect(html).toContain("HTTP/1.1 400 Bad Request");
  });

  it("leaves out the SDK block when an example has none, and renders nothing without an example", () => {
    const html = renderToStaticMarkup(createElement(ExampleSection, { slug: "APIG.0307", locale: "en" }));
    expect(html).toContain('data-testid="example-curl"');
    expect(html).not.toContain('data-testid="example-sdk"');
    const notCaller = catalogue().find((e) => e.fixOwner !== "caller")!;
    expect(renderToStaticMarkup(createElement(ExampleSection, { slug: notCaller.slug, locale: "en" }))).toBe("");
  });
});
