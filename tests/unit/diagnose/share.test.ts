import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeShare, encodeShare, MAX_SHARED_PASTE_CHARS } from "@/lib/diagnose/share";

describe("share links", () => {
  it("round-trips the paste, the chosen causes and the ticked steps", () => {
    const state = { paste: '{"error_code":"APIG.0301","error_msg":"令牌过期 token expires"}', causes: { "0": "token-expired" }, ticked: ["0:token-expired:0"] };
    const { fragment, cut } = encodeShare(state);
    expect(cut).toBe(false);
    expect(fragment).toMatch(/^d=[A-Za-z0-9_-]+$/);
    expect(decodeShare(`#${fragment}`)).toEqual({ ok: true, state });
  });

  it("round-trips any text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (paste) => {
        const decoded = decodeShare(encodeShare({ paste, causes: {}, ticked: [] }).fragment);
        expect(decoded).toEqual({ ok: true, state: { paste, causes: {}, ticked: [] } });
      }),
    );
  });

  it("cuts a long paste and says so", () => {
    const { fragment, cut } = encodeShare({ paste: "x".repeat(MAX_SHARED_PASTE_CHARS + 10), causes: {}, ticked: [] });
    expect(cut).toBe(true);
    const decoded = decodeShare(fragment);
    expect(decoded.ok && decoded.state.paste.length).toBe(MAX_SHARED_PASTE_CHARS);
  });

  it("ignores a fragment that is not a shared diagnosis", () => {
    expect(decodeShare("")).toEqual({ ok: false, error: null });
    expect(decodeShare("#cause-token-expired")).toEqual({ ok: false, error: null });
  });

  it("explains a damaged link instead of throwing", () => {
    for (const bad of ["#d=!!!", "#d=e30", "#d=" + btoa('{"v":2,"p":"x"}'), "#d=" + btoa("\xff\xfe")]) {
      const decoded = decodeShare(bad);
      expect(decoded.ok).toBe(false);
      expect(!decoded.ok && decoded.error).toMatch(/damaged or cut short/);
    }
  });

  it("drops fields of the wrong type from a hand-made link", () => {
    const json = JSON.stringify({ v: 1, p: "paste", c: { "0": 5, "1": "ok" }, t: ["a", 3] });
    const fragment = "d=" + btoa(json).replace(/=+$/, "");
    expect(decodeShare(fragment)).toEqual({ ok: true, state: { paste: "paste", causes: { "1": "ok" }, ticked: ["a"] } });
  });
});
