import matter from "gray-matter";

/** The front matter of a small valid entry (AIS.0101), with `overrides` applied. */
export function sampleFrontMatter(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    code: "AIS.0101",
    layer: "ocr",
    order: 1,
    httpStatus: 400,
    summary: "A request parameter is wrong.",
    category: "request",
    fixOwner: "caller",
    retry: { policy: "after-fix", detail: "Fix the parameter first." },
    messages: [{ text: "The input parameter is invalid.", httpStatus: 400 }],
    causes: [
      {
        id: "bad-value",
        title: "A value is malformed",
        tell: "Always.",
        steps: [{ action: "Check the request body.", check: "It matches the API reference." }],
      },
    ],
    sources: [{ url: "https://example.com/doc", note: "The table." }],
    confidence: "documented",
    ...overrides,
  };
}

/** A whole content file: `data` as front matter over `body`. */
export function sampleEntryFile(data: Record<string, unknown> = sampleFrontMatter(), body = "Something went wrong."): string {
  return matter.stringify(body, data);
}
