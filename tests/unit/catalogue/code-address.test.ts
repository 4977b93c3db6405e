import { describe, expect, it } from "vitest";
import { readCodeAddress } from "@/lib/catalogue/code-address";

const slugs = ["APIG.0308", "AIS.0103", "failed-to-obtain-temporary-ak-sk"];

describe("readCodeAddress (the static 404 page's reading of a code address)", () => {
  it("sends other spellings to the code's page in the same language", () => {
    expect(readCodeAddress("/codes/apig-0308", "", slugs)).toEqual({ kind: "redirect", to: "/codes/APIG.0308", locale: "en" });
    expect(readCodeAddress("/zh/codes/ais%20103", "", slugs)).toEqual({ kind: "redirect", to: "/zh/codes/AIS.0103", locale: "zh" });
    expect(readCodeAddress("/ocr-errors/codes/apig0308/", "/ocr-errors", slugs)).toEqual({
      kind: "redirect",
      to: "/ocr-errors/codes/APIG.0308",
      locale: "en",
    });
    expect(readCodeAddress("/codes/Failed_To_Obtain_Temporary_AK_SK", "", slugs)).toMatchObject({
      kind: "redirect",
      to: "/codes/failed-to-obtain-temporary-ak-sk",
    });
  });

  it("names the page itself when the host missed it, so the browser can try its folder", () => {
    expect(readCodeAddress("/codes/APIG.0308", "", slugs)).toEqual({ kind: "page", to: "/codes/APIG.0308", locale: "en" });
  });

  it("reports an unknown code as asked for, decoded and cut to 80 characters", () => {
    expect(readCodeAddress("/zh/codes/VPC.0301", "", slugs)).toEqual({ kind: "unknown", requested: "VPC.0301", locale: "zh" });
    expect(readCodeAddress("/codes/%E6%AC%A0%E8%B4%B9", "", slugs)).toMatchObject({ kind: "unknown", requested: "欠费" });
    expect(readCodeAddress(`/codes/${"x".repeat(200)}`, "", slugs)).toMatchObject({ requested: "x".repeat(80) });
  });

  it("is not about other addresses", () => {
    for (const [pathname, basePath] of [
      ["/no-such-page", ""],
      ["/codes/", ""],
      ["/codes/APIG.0308/extra", ""],
      ["/zh", ""],
      ["/codes/apig0308", "/ocr-errors"],
      ["/ocr-errorsX/codes/apig0308", "/ocr-errors"],
    ]) {
      expect(readCodeAddress(pathname!, basePath!, slugs), pathname).toBeNull();
    }
  });
});
