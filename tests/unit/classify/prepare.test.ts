import { describe, expect, it } from "vitest";
import { preparePaste, stripTerminalCodes } from "../../../lib/classify/prepare";

describe("preparing a paste", () => {
  it("drops terminal colour codes, with or without their escape character", () => {
    expect(stripTerminalCodes("\u001b[91m[2021-08-23T22:55:49.010] [ERROR] default - \u001b[39mnodesdk")).toBe(
      "[2021-08-23T22:55:49.010] [ERROR] default - nodesdk",
    );
    expect(stripTerminalCodes("[91m[2021-08-23T22:55:49.010] [ERROR] default - [39mnodesdk")).toBe(
      "[2021-08-23T22:55:49.010] [ERROR] default - nodesdk",
    );
    expect(stripTerminalCodes("  httpStatusCode: \u001b[33m401\u001b[39m,")).toBe("  httpStatusCode: 401,");
  });

  it("leaves ordinary brackets alone", () => {
    expect(stripTerminalCodes("items[1m] and a[2]")).toBe("items[1m] and a[2]");
  });

  it("never adds or removes a line, and masks secrets", () => {
    const paste = `\u001b[31mline one\u001b[0m\nX-Auth-Token: MIIabc${"A".repeat(80)}\n\nthird\r\nfourth`;
    const { text, redactions } = preparePaste(paste);
    expect(text.split("\n")).toHaveLength(paste.split("\n").length);
    expect(text).not.toContain("MIIabc");
    expect(redactions).toBe(1);
  });
});
