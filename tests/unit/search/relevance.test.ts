import { describe, expect, it } from "vitest";
import { fixture, slugs } from "./helpers";

/**
 * Relevance table: what a developer mid-incident types (codes in many
 * spellings, message fragments with typos, symptoms in plain words) and the
 * entry that must come first, or at least in the top 3.
 */
type Expect = "first" | "top3";
const table: Array<[query: string, slug: string, expect: Expect]> = [
  // codes, in any spelling
  ["APIG.0308", "APIG.0308", "first"],
  ["wrong region", "ModelArts.4204", "top3"],
  ["wrong region", "APIG.0101", "top3"],
  ["10MB", "AIS.0103", "top3"],
  ["signature", "APIG.0301", "top3"],
  ["apig0308", "APIG.0308", "first"],
  ["APIG-0308", "APIG.0308", "first"],
  ["apig 0308", "APIG.0308", "first"],
  ["0308", "APIG.0308", "top3"],
  ["0308", "APIGW.0308", "top3"],
  ["4204", "ModelArts.4204", "first"],
  ["ais 101", "AIS.0101", "first"],
  ["AIS.101", "AIS.0101", "first"],
  ["modelarts4706", "ModelArts.4706", "first"],
  ["apigw_0201", "APIGW.0201", "first"],
  ["error_code APIGW.0307", "APIGW.0307", "first"],
  ["429", "APIG.0308", "top3"],
  // message fragments, with and without typos
  ["throttling threshold has been reached", "APIGW.0308", "top3"],
  ["throtling threshhold", "APIG.0308", "top3"],
  ["Incorrect IAM authentcation information", "APIG.0301", "top3"],
  ["The imge format is not suported", "AIS.0102", "first"],
  ["image size does not meet the requirments", "AIS.0103", "first"],
  ["recognition faild", "AIS.0105", "first"],
  ["The Obs file is not exist", "ModelArts.4706", "first"],
  ["Obs URL is invalid", "ModelArts.4703", "first"],
  ["query obs agency failed", "ModelArts.4702", "first"],
  ["Backend service internal eror", "ModelArts.4505", "first"],
  ["Service not start", "ModelArts.4508", "first"],
  ["Token header cannot be empty", "ModelArts.4101", "first"],
  ["Parse Token eror", "ModelArts.4102", "first"],
  ["token must be updated", "APIG.0307", "top3"],
  ["No backend available", "APIGW.0610", "first"],
  ["An API cannot call itself", "APIGW.0612", "first"],
  ["Domain name resolution faild", "APIGW.0605", "first"],
  ["Failed to obtain the temporary AK/SK", "failed-to-obtain-temporary-ak-sk", "first"],
  ["temporary ak sk", "failed-to-obtain-temporary-ak-sk", "top3"],
  ["The API XXX is not subscribed", "ModelArts.4204", "first"],
  ["Max concurrency error", "ModelArts.4401", "first"],
  ["classification failed", "AIS.0120", "first"],
  ["two ID cards same side", "AIS.0122", "first"],
  // symptoms in plain words (keywords the docs do not use)
  ["rate limit", "APIG.0308", "top3"],
  ["too many requests", "APIGW.0308", "top3"],
  ["quota", "APIGW.0501", "top3"],
  ["expired token", "APIG.0301", "top3"],
  ["bucket", "ModelArts.4706", "top3"],
  ["nosuchkey", "ModelArts.4706", "first"],
  ["base64", "AIS.0102", "first"],
  ["heic photo", "AIS.0102", "first"],
  ["image too large", "AIS.0103", "first"],
  ["blurry image", "AIS.0104", "first"],
  ["signature", "APIG.0301", "top3"],
  ["payload too large", "APIGW.0201", "top3"],
  ["gateway timeout", "APIG.0201", "top3"],
  ["outstanding balance", "ModelArts.6201", "first"],
  ["account suspended", "ModelArts.6201", "first"],
  ["ip whitelist", "APIGW.0402", "top3"],
  ["clock skew", "APIGW.0303", "first"],
  ["tax bureau", "AIS.0118", "first"],
  ["x-forwarded-for", "APIGW.0401", "first"],
  ["api explorer debug", "APIGW.0311", "first"],
  ["project scope token", "ModelArts.0212", "first"],
  ["dns", "APIGW.0605", "first"],
  // typed while still typing
  ["throttl", "APIG.0308", "top3"],
  ["nosuch", "ModelArts.4706", "first"],
];

describe("search relevance", () => {
  const { search } = fixture();

  it("has a table of at least 40 queries", () => {
    expect(table.length).toBeGreaterThanOrEqual(40);
  });

  it.each(table)("%s -> %s (%s)", (query, slug, expect_) => {
    const found = slugs(search(query));
    if (expect_ === "first") expect(found[0]).toBe(slug);
    else expect(found.slice(0, 3)).toContain(slug);
  });
});
