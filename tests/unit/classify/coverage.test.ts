import { describe, expect, it } from "vitest";
import { catalogue, classify, fixture, type DocumentedPayload } from "./helpers";

const { items } = fixture<{ items: DocumentedPayload[] }>("documented-payloads.json");

describe("documented payloads", () => {
  it("cover every catalogue entry", () => {
    const covered = new Set(items.map((i) => i.entry));
    const missing = catalogue()
      .map((e) => e.slug)
      .filter((slug) => !covered.has(slug));
    expect(missing).toEqual([]);
  });

  it("name only entries that exist", () => {
    const slugs = new Set(catalogue().map((e) => e.slug));
    expect(items.map((i) => i.entry).filter((slug) => !slugs.has(slug))).toEqual([]);
  });

  it("come in many forms", () => {
    expect(new Set(items.map((i) => i.form)).size).toBeGreaterThanOrEqual(10);
  });

  it.each(items.map((i) => [i.id, i.form, i] as const))("%s (%s) classifies to its entry", (_id, _form, item) => {
    const { findings } = classify(item.text);
    expect(findings).toHaveLength(1);
    const f = findings[0]!;
    expect(f.entrySlug).toBe(item.entry);
    expect(f.code).toBe(item.code);
    expect(f.matchedBy).toBe(item.code ? "code" : "message");
    if (item.cause) {
      const ids = catalogue()
        .find((e) => e.slug === item.entry)!
        .causes.map((c) => c.id);
      expect(ids, `fixture cause "${item.cause}" is no longer a cause of ${item.entry}; update documented-payloads.json`).toContain(
        item.cause,
      );
      expect(f.causeId).toBe(item.cause);
    }
    if (item.requestId) expect(f.requestId).toBe(item.requestId);
  });
});
