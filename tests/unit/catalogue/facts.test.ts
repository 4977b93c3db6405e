import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "@/lib/catalogue/load";
import ocrFacts from "@/content/facts/ocr-codes.json";
import apigwFacts from "@/content/facts/apigw-codes.json";
import faqFacts from "@/content/facts/faq-codes.json";

// The real catalogue, checked against the sourced facts it was written from.
const entries = loadCatalogue(path.join(process.cwd(), "content", "codes"));
const byCode = new Map(entries.filter((e) => e.code).map((e) => [e.code!, e]));

describe("catalogue against the OCR error-code table", () => {
  it("has an entry for every row, with the documented message as its headline", () => {
    for (const row of ocrFacts.rows) {
      const entry = row.code ? byCode.get(row.code) : entries.find((e) => e.code === null && e.message === row.message);
      expect(entry, `row ${row.seq} (${row.code ?? row.message})`).toBeDefined();
      expect(entry!.message, `headline message of ${row.code}`).toBe(row.message);
      if (row.http_status !== null) {
        expect(entry!.statuses, `status of ${row.code}`).toContain(row.http_status);
      }
    }
  });

  it("keeps the row without a documented code, with a readable slug and inferred confidence", () => {
    const noCode = entries.filter((e) => e.code === null);
    expect(noCode.map((e) => e.slug)).toEqual(["failed-to-obtain-temporary-ak-sk"]);
    expect(noCode[0]!.confidence).toBe("inferred");
  });

  it("lists the OCR table's rows in the page's order within each layer", () => {
    const tableOrder = ocrFacts.rows.map((r) => r.code ?? "failed-to-obtain-temporary-ak-sk");
    const catalogueOrder = entries.map((e) => e.slug).filter((slug) => tableOrder.includes(slug));
    expect(catalogueOrder).toEqual(tableOrder);
  });
});

describe("catalogue against the APIGW table", () => {
  it("has one entry per code, keeping every documented message with its own status", () => {
    const codes = [...new Set(apigwFacts.codes.map((r) => r.code))];
    for (const code of codes) {
      const entry = byCode.get(code);
      expect(entry, code).toBeDefined();
      const rows = apigwFacts.codes.filter((r) => r.code === code);
      expect(
        entry!.messages.map((m) => [m.text, m.httpStatus]),
        `messages of ${code}`,
      ).toEqual(rows.map((r) => [r.error_message, r.http_status]));
    }
  });
});

describe("catalogue against the FAQ codes", () => {
  it("has each FAQ code with its documented message and status", () => {
    for (const row of faqFacts.codes) {
      const entry = byCode.get(row.code);
      expect(entry, row.code).toBeDefined();
      expect(entry!.message).toBe(row.message);
      expect(entry!.httpStatus).toBe(row.http_status);
    }
  });
});

describe("catalogue as a whole", () => {
  it("holds exactly the documented entries and nothing else", () => {
    const expected = new Set([
      ...ocrFacts.rows.map((r) => r.code ?? "failed-to-obtain-temporary-ak-sk"),
      ...apigwFacts.codes.map((r) => r.code),
      ...faqFacts.codes.map((r) => r.code),
    ]);
    expect(new Set(entries.map((e) => e.slug))).toEqual(expected);
    // Each documented code once: as many entries as the facts list codes.
    expect(entries).toHaveLength(expected.size);
  });
});
