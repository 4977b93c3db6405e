import { describe, expect, it } from "vitest";
import { familyOf, normalizeCode, parseCode } from "@/lib/codes/normalize";

describe("normalizeCode", () => {
  it.each([
    ["APIG.0308", "APIG.0308"],
    ["apig.0308", "APIG.0308"],
    ["APIG-0308", "APIG.0308"],
    ["apig0308", "APIG.0308"],
    [" apig 0308 ", "APIG.0308"],
    ["apigw.0101", "APIGW.0101"],
    ["modelarts4204", "ModelArts.4204"],
    ["MODELARTS.4204", "ModelArts.4204"],
    ["ais 101", "AIS.0101"],
    ["AIS_0101", "AIS.0101"],
  ])("reads %j as %s", (input, expected) => {
    expect(normalizeCode(input)).toBe(expected);
  });

  it("keeps another service's family as written and marks it unknown", () => {
    expect(parseCode("VPC.0301")).toEqual({ family: "VPC", number: "0301", canonical: "VPC.0301", known: false });
    expect(parseCode("Ecs.0114")?.canonical).toBe("Ecs.0114");
  });

  it.each(["", "0308", "hello world", "APIG.030812", "token expired", "A.0101", "x".repeat(100)])(
    "returns null for %j, which is not a code on its own",
    (input) => {
      expect(normalizeCode(input)).toBeNull();
    },
  );

  it("names the family of a canonical code", () => {
    expect(familyOf("ModelArts.4204")).toBe("ModelArts");
    expect(familyOf("APIGW.0308")).toBe("APIGW");
  });
});
