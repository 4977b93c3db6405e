/**
 * The shared error classifier: paste anything (a JSON body, an SDK
 * exception, a curl transcript, a log, a sentence, a bare code) and get back
 * each error in it, matched against the catalogue.
 *
 * Pure and synchronous, with no Node or browser APIs, so the page (in a Web
 * Worker), the API route and the command line use it unchanged:
 *
 *   const classify = createClassifier(catalogue);
 *   const { findings, redactions, truncated } = classify(text);
 */
import type { Entry } from "../catalogue/schema";
import { assemble } from "./assemble";
import { scanHttp } from "./extract/http";
import { scanJson } from "./extract/json";
import { scanMessages } from "./extract/messages";
import { scanSdkText } from "./extract/sdk-text";
import { scanText } from "./extract/text";
import { Matcher } from "./match";
import { redact } from "./redact";
import type { ClassifyResult, Finding } from "./types";

export type { ClassifyResult, Finding, RunnerUp, MatchedBy, ExtractorSource, StatusSource } from "./types";
export { redact, MASK, type Redaction } from "./redact";

/** The most text one call reads (5 MiB of characters); the rest is ignored and `truncated` is set. */
export const MAX_INPUT_CHARS = 5 * 1024 * 1024;

const MAX_FINDINGS = 500;

function rank(f: Finding): number {
  if (f.known) return 0;
  if (f.matchedBy === "message") return 1;
  if (f.matchedBy === "code") return 2;
  return 3;
}

/** Same error: same entry or code, and the same message. */
function identity(f: Finding): string {
  const who = f.code ?? f.codeAsWritten ?? (f.matchedBy === "status" ? `status:${f.httpStatus}` : `entry:${f.entrySlug}`);
  return `${who}\u0000${Matcher.messageKey(f.message)}`;
}

function mergeInto(target: Finding, other: Finding, countIt: boolean): void {
  if (countIt) target.count += other.count;
  target.requestId = target.requestId ?? other.requestId;
  if (target.httpStatusSource !== "paste" && other.httpStatusSource === "paste") {
    target.httpStatus = other.httpStatus;
    target.httpStatusSource = "paste";
  }
  target.causeId = target.causeId ?? other.causeId;
  for (const [k, v] of Object.entries(other.values)) if (target.values[k] === undefined) target.values[k] = v;
}

export type Classifier = (text: string) => ClassifyResult;

/** Builds a classifier for a catalogue; the message patterns are compiled once. */
export function createClassifier(entries: readonly Entry[]): Classifier {
  const matcher = new Matcher(entries);

  return function classify(input: string): ClassifyResult {
    const source = typeof input === "string" ? input : String(input ?? "");
    const truncated = source.length > MAX_INPUT_CHARS;
    const { text, count: redactions } = redact(truncated ? source.slice(0, MAX_INPUT_CHARS) : source);

    const bodies = scanJson(text);
    const groups = scanSdkText(text);
    const mentions = scanText(text);
    const messageHits = scanMessages(text, matcher.needles);
    const hints = scanHttp(text);
    const errors = assemble(text.length, bodies, groups, mentions, messageHits, hints);

    const raw: Finding[] = [];
    for (const e of errors) {
      const finding = matcher.toFinding(e, { around: text.slice(e.contextStart, Math.min(e.contextEnd, e.contextStart + 2000)) });
      if (finding) raw.push(finding);
    }

    // One finding per distinct error, with a count. A code mentioned on its
    // own joins the fuller report of the same code without adding to its count.
    const byIdentity = new Map<string, Finding>();
    const withMessageByCode = new Map<string, Finding>();
    const codeOnly: Finding[] = [];
    for (const f of raw) {
      if (f.code && !f.message) {
        codeOnly.push(f);
        continue;
      }
      const key = identity(f);
      const prior = byIdentity.get(key);
      if (prior) mergeInto(prior, f, true);
      else {
        byIdentity.set(key, f);
        if (f.code && !withMessageByCode.has(f.code.toUpperCase())) withMessageByCode.set(f.code.toUpperCase(), f);
      }
    }
    for (const f of codeOnly) {
      const fuller = withMessageByCode.get(f.code!.toUpperCase());
      if (fuller) {
        mergeInto(fuller, f, false);
        continue;
      }
      const key = identity(f);
      const prior = byIdentity.get(key);
      if (prior) mergeInto(prior, f, true);
      else byIdentity.set(key, f);
    }

    const findings = [...byIdentity.values()]
      .sort((a, b) => rank(a) - rank(b) || b.confidence - a.confidence || a.offset - b.offset)
      .slice(0, MAX_FINDINGS);
    const result: ClassifyResult = { findings, redactions };
    if (truncated) result.truncated = true;
    return result;
  };
}

/** One-off convenience; prefer createClassifier when classifying more than once. */
export function classify(text: string, entries: readonly Entry[]): ClassifyResult {
  return createClassifier(entries)(text);
}
