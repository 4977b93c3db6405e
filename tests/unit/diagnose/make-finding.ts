import type { Finding, Occurrence } from "@/lib/classify/types";

/** A finding as the classifier returns it, with `overrides` applied; the defaults describe one APIG.0301 error on line 1. */
export function makeFinding(overrides: Partial<Finding> = {}): Finding {
  const requestIds = overrides.requestIds ?? [];
  const base: Finding = {
    code: "APIG.0301",
    codeAsWritten: "APIG.0301",
    family: "APIG",
    known: true,
    entrySlug: "APIG.0301",
    candidates: [],
    layer: "apig",
    causeId: null,
    causeEvidence: null,
    httpStatus: 401,
    httpStatusSource: "paste",
    requestId: requestIds[0] ?? null,
    requestIds,
    message: "Incorrect IAM authentication information.",
    matchedBy: "code",
    confidence: 0.95,
    count: 1,
    firstLine: 1,
    lastLine: 1,
    time: null,
    lastTime: null,
    occurrences: [{ line: 1, endLine: 1, time: null, requestId: requestIds[0] ?? null }],
    values: {},
    runnerUp: null,
    source: "json",
    offset: 0,
  };
  return { ...base, ...overrides };
}

/** A status seen with no code and no message: no entry, the entries it can mean as candidates. */
export function makeStatusOnly(httpStatus: number, candidates: string[], overrides: Partial<Finding> = {}): Finding {
  return makeFinding({
    code: null,
    codeAsWritten: null,
    family: null,
    known: false,
    entrySlug: null,
    layer: null,
    matchedBy: "status",
    httpStatus,
    message: null,
    candidates,
    ...overrides,
  });
}

/** Occurrences on the given lines (one line each), with optional times and request ids. */
export function occurrencesAt(lines: number[], times: (string | null)[] = [], ids: (string | null)[] = []): Occurrence[] {
  return lines.map((line, i) => ({ line, endLine: line, time: times[i] ?? null, requestId: ids[i] ?? null }));
}
