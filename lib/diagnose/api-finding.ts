import type { ClassifyResult, Finding } from "../classify/types";
import type { Entry } from "../catalogue/schema";
import { entryPath } from "../catalogue/public";

/** One finding as POST /api/classify and the command line's --json return it. */
export function toApiFinding(finding: Finding, entryFor: (slug: string) => Entry | undefined, basePath = "") {
  const entry = finding.entrySlug ? entryFor(finding.entrySlug) : undefined;
  return {
    code: finding.code,
    codeAsWritten: finding.codeAsWritten,
    family: finding.family,
    known: finding.known,
    entry: entry ? { code: entry.code, slug: entry.slug, url: `${basePath}${entryPath(entry)}`, message: entry.message } : null,
    /** Entry codes a status alone or a shared message could mean (the slug for the one entry without a code). */
    candidates: (finding.candidates ?? []).map((slug) => entryFor(slug)?.code ?? slug),
    layer: finding.layer,
    cause: finding.causeId,
    causeTitle: entry?.causes.find((c) => c.id === finding.causeId)?.title ?? null,
    causeEvidence: finding.causeEvidence ?? null,
    httpStatus: finding.httpStatus,
    httpStatusSource: finding.httpStatusSource,
    requestId: finding.requestId,
    requestIds: finding.requestIds ?? (finding.requestId ? [finding.requestId] : []),
    message: finding.message,
    matchedBy: finding.matchedBy,
    confidence: finding.confidence,
    count: finding.count,
    firstLine: finding.firstLine,
    lastLine: finding.lastLine,
    time: finding.time ?? null,
    lastTime: finding.lastTime ?? null,
    values: finding.values,
    runnerUp: finding.runnerUp,
  };
}

export type ApiFinding = ReturnType<typeof toApiFinding>;

/** The whole answer of POST /api/classify, which the command line's --json prints too. */
export function toApiResult(result: ClassifyResult, entryFor: (slug: string) => Entry | undefined, basePath = "") {
  return {
    findings: result.findings.map((f) => toApiFinding(f, entryFor, basePath)),
    redactions: result.redactions,
    truncated: result.truncated ?? false,
  };
}

export type ApiResult = ReturnType<typeof toApiResult>;
