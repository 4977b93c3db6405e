import type { ClassifyResult, Finding } from "../classify/types";
import type { Entry } from "../catalogue/schema";
import { localizeEntry } from "../catalogue/localize";
import { entryPath } from "../catalogue/public";
import { localePath, type Locale } from "../i18n/locales";
import { catalogueMessages } from "../i18n/messages/catalogue";

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

type ApiFinding = ReturnType<typeof toApiFinding>;

/** The whole answer of POST /api/classify without `lang`, which the command line's --json prints too. */
export interface ApiResult {
  findings: ApiFinding[];
  redactions: number;
  truncated: boolean;
}

/** An entry in an answer asked for in a language: its page in that language and the text a person reads. */
interface LocalizedApiEntry {
  code: string | null;
  slug: string;
  /** The entry's page in the language asked for (/zh/codes/<slug>). */
  url: string;
  /** The documented message, never translated. */
  message: string;
  summary: string;
  retry: { policy: Entry["retry"]["policy"]; label: string; detail: string };
  /** What to put in a support ticket. */
  escalate: string[];
}

/** A finding in an answer asked for in a language (`lang`): the text fields in that language, the facts as they are. */
type LocalizedApiFinding = Omit<ApiFinding, "entry"> & {
  entry: LocalizedApiEntry | null;
  /** How to tell the finding's cause (`cause`) from the entry's other causes. */
  causeTell: string | null;
  /** The steps of the finding's cause. */
  causeSteps: { action: string; check: string }[] | null;
};

/** The answer of POST /api/classify?lang=... and of the command line's --json --lang ... */
export interface LocalizedApiResult {
  findings: LocalizedApiFinding[];
  redactions: number;
  truncated: boolean;
  lang: Locale;
}

/**
 * A finding of an answer with its text in `locale`: the cause's title, how to
 * tell it, its steps, the entry's summary, retry advice and ticket items, and
 * the entry's page in that language. Codes, messages, request ids, lines and
 * times are left as they are. Works on an answer already made (the classify
 * pool's worker threads make it), so a language costs no second classification.
 */
function localizeApiFinding(
  finding: ApiFinding,
  entryFor: (slug: string) => Entry | undefined,
  basePath: string,
  locale: Locale,
): LocalizedApiFinding {
  const found = finding.entry ? entryFor(finding.entry.slug) : undefined;
  if (!finding.entry || !found) return { ...finding, entry: null, causeTell: null, causeSteps: null };
  const entry = localizeEntry(found, locale);
  const cause = finding.cause ? entry.causes.find((c) => c.id === finding.cause) : undefined;
  return {
    ...finding,
    entry: {
      ...finding.entry,
      url: `${basePath}${localePath(locale, entryPath(entry))}`,
      summary: entry.summary,
      retry: { policy: entry.retry.policy, label: catalogueMessages[locale].retry[entry.retry.policy], detail: entry.retry.detail },
      escalate: [...entry.escalate],
    },
    causeTitle: cause?.title ?? null,
    causeTell: cause?.tell ?? null,
    causeSteps: cause ? cause.steps.map((s) => ({ action: s.action, check: s.check })) : null,
  };
}

/** An answer with its text in `locale` (see localizeApiFinding). */
export function localizeApiResult(
  result: ApiResult,
  entryFor: (slug: string) => Entry | undefined,
  basePath: string,
  locale: Locale,
): LocalizedApiResult {
  return {
    findings: result.findings.map((f) => localizeApiFinding(f, entryFor, basePath, locale)),
    redactions: result.redactions,
    truncated: result.truncated,
    lang: locale,
  };
}

/**
 * The whole answer of POST /api/classify, which the command line's --json
 * prints too. Without a locale it is the answer without `lang`, exactly as
 * before languages; with one, the answer with its text in that language.
 */
export function toApiResult(result: ClassifyResult, entryFor: (slug: string) => Entry | undefined, basePath?: string): ApiResult;
export function toApiResult(
  result: ClassifyResult,
  entryFor: (slug: string) => Entry | undefined,
  basePath: string,
  locale: Locale,
): LocalizedApiResult;
export function toApiResult(
  result: ClassifyResult,
  entryFor: (slug: string) => Entry | undefined,
  basePath: string,
  locale: Locale | undefined,
): ApiResult | LocalizedApiResult;
export function toApiResult(
  result: ClassifyResult,
  entryFor: (slug: string) => Entry | undefined,
  basePath = "",
  locale?: Locale,
): ApiResult | LocalizedApiResult {
  const plain: ApiResult = {
    findings: result.findings.map((f) => toApiFinding(f, entryFor, basePath)),
    redactions: result.redactions,
    truncated: result.truncated ?? false,
  };
  return locale ? localizeApiResult(plain, entryFor, basePath, locale) : plain;
}
