import type { Finding } from "../classify/types";
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
    layer: finding.layer,
    cause: finding.causeId,
    causeTitle: entry?.causes.find((c) => c.id === finding.causeId)?.title ?? null,
    httpStatus: finding.httpStatus,
    httpStatusSource: finding.httpStatusSource,
    requestId: finding.requestId,
    message: finding.message,
    matchedBy: finding.matchedBy,
    confidence: finding.confidence,
    count: finding.count,
    values: finding.values,
    runnerUp: finding.runnerUp,
  };
}

export type ApiFinding = ReturnType<typeof toApiFinding>;
