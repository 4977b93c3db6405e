import { describe, expect, it } from "vitest";
import { resolveCodePath } from "@/lib/catalogue/resolve";

const slugs = ["APIG.0308", "APIGW.0308", "AIS.0101", "ModelArts.4204", "failed-to-obtain-temporary-ak-sk"];

describe("resolveCodePath", () => {
  it("serves a canonical slug as it is", () => {
    expect(resolveCodePath("APIG.0308", slugs)).toEqual({ kind: "page", slug: "APIG.0308" });
    expect(resolveCodePath("failed-to-obtain-temporary-ak-sk", slugs)).toEqual({
      kind: "page",
      slug: "failed-to-obtain-temporary-ak-sk",
    });
  });

  it.each(["apig.0308", "APIG-0308", "apig0308", "APIG%200308"])("redirects %s to APIG.0308", (segment) => {
    expect(resolveCodePath(segment, slugs)).toEqual({ kind: "redirect", slug: "APIG.0308" });
  });

  it("keeps APIG and APIGW apart", () => {
    expect(resolveCodePath("apigw-0308", slugs)).toEqual({ kind: "redirect", slug: "APIGW.0308" });
  });

  it("redirects a differently cased slug of an entry without a code", () => {
    expect(resolveCodePath("Failed-To-Obtain-Temporary-AK-SK", slugs)).toEqual({
      kind: "redirect",
      slug: "failed-to-obtain-temporary-ak-sk",
    });
  });

  it.each(["VPC.0301", "AIS.9999", "nonsense", "%E0%A4%A"])("reports %s as unknown", (segment) => {
    expect(resolveCodePath(segment, slugs).kind).toBe("unknown");
  });
});
