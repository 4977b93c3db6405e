import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "@/lib/catalogue/load";
import { causeState, shownCause } from "@/lib/diagnose/cause-state";
import { toDiagnoseEntry } from "@/lib/diagnose/entry-view";
import { stepValues, stepValuesText } from "@/lib/diagnose/values";

const catalogue = loadCatalogue(path.join(process.cwd(), "content", "codes"));
const entry = toDiagnoseEntry(catalogue.find((e) => e.slug === "APIG.0301")!);
const oneCause = toDiagnoseEntry(catalogue.find((e) => e.causes.length === 1)!);

describe("which cause a finding is shown with", () => {
  it("the classifier's cause, with its evidence", () => {
    const state = causeState({ causeId: "aksk-signature-wrong", causeEvidence: "verify aksk signature fail" }, entry, null);
    expect(state).toMatchObject({ kind: "evidence", cause: { id: "aksk-signature-wrong" }, evidence: "verify aksk signature fail" });
    expect(shownCause(state)?.id).toBe("aksk-signature-wrong");
  });

  it("no cause without evidence when the entry has several", () => {
    for (const finding of [
      { causeId: null, causeEvidence: null },
      { causeId: "token-expired", causeEvidence: null },
      { causeId: "token-expired", causeEvidence: "  " },
    ]) {
      const state = causeState(finding, entry, null);
      expect(state.kind).toBe("undetermined");
      expect(state.kind === "undetermined" && state.causes.map((c) => c.id)).toEqual(entry.causes.map((c) => c.id));
      expect(shownCause(state)).toBeNull();
    }
  });

  it("the only cause of a one-cause entry", () => {
    expect(causeState({ causeId: null, causeEvidence: null }, oneCause, null)).toMatchObject({
      kind: "only",
      cause: { id: oneCause.causes[0]!.id },
    });
    expect(causeState({ causeId: oneCause.causes[0]!.id, causeEvidence: null }, oneCause, null).kind).toBe("only");
  });

  it("the reader's choice, marked as theirs, with what the paste points to", () => {
    expect(causeState({ causeId: null, causeEvidence: null }, entry, "aksk-locked")).toMatchObject({
      kind: "reader",
      cause: { id: "aksk-locked" },
      pasteCause: null,
    });
    expect(causeState({ causeId: "token-expired", causeEvidence: "token expires" }, entry, "aksk-locked")).toMatchObject({
      kind: "reader",
      pasteCause: { id: "token-expired" },
    });
  });

  it("choosing the cause the paste shows keeps its evidence; an unknown choice (a hand-made link) is ignored", () => {
    expect(causeState({ causeId: "token-expired", causeEvidence: "token expires" }, entry, "token-expired").kind).toBe("evidence");
    expect(causeState({ causeId: null, causeEvidence: null }, entry, "no-such-cause").kind).toBe("undetermined");
  });

  it("nothing to choose without an entry", () => {
    expect(causeState({ causeId: "x", causeEvidence: "y" }, null, "x")).toEqual({ kind: "no-entry" });
  });
});

describe("values from the paste beside a step", () => {
  const values = { templateId: "tpl-42", limit: "50", region: "cn-north-4" };

  it("shows the values the step names that the paste gives, in the step's order", () => {
    expect(stepValues({ values: ["limit", "templateId", "apiId"] }, values)).toEqual([
      { key: "limit", label: "limit", value: "50" },
      { key: "templateId", label: "template_id", value: "tpl-42" },
    ]);
    expect(stepValuesText({ values: ["templateId"] }, values)).toBe("In your paste: template_id = tpl-42");
  });

  it("shows nothing when the step names no value, or the paste lacks it", () => {
    expect(stepValuesText({}, values)).toBeNull();
    expect(stepValuesText({ values: ["apiId"] }, values)).toBeNull();
  });
});
