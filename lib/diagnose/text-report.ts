/**
 * The command line's diagnosis for a person: each finding with its entry,
 * where and how often it was seen, its request ids, and a cause only as far
 * as the paste shows one (otherwise how to tell the causes apart).
 */
import type { Entry } from "../catalogue/schema";
import type { ClassifyResult, Finding } from "../classify/types";
import type { Layer } from "../catalogue/constants";
import { localizeEntry } from "../catalogue/localize";
import { entryPath } from "../catalogue/public";
import { localePath, type Locale } from "../i18n/locales";
import { catalogueMessages } from "../i18n/messages/catalogue";
import { diagnoseMessages, type DiagnoseMessages } from "../i18n/messages/diagnose";
import { causeState } from "./cause-state";
import { entryLabel, isStatusOnly } from "./labels";
import { stepValuesText, valueLabel } from "./values";

/** Request ids listed per finding; --json lists them all. */
const TEXT_REQUEST_IDS = 10;

/** Where a finding's fields start, in terminal columns after the indent ("Layer:        "). */
const LABEL_COLUMNS = 14;
const INDENT = "   ";

function percent(n: number): string {
  return `${Math.round(n * 100)}%`;
}

/** Terminal columns `text` takes: Chinese characters and full-width punctuation take two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    const wide =
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6);
    width += wide ? 2 : 1;
  }
  return width;
}

/** "   Layer:        value", the value starting at the same column whatever the label's language. */
function field(label: string, value: string): string {
  return `${INDENT}${label}${" ".repeat(Math.max(1, LABEL_COLUMNS - displayWidth(label)))}${value}`;
}

/** A line under a field's value, starting at the value's column. */
function under(value: string): string {
  return `${INDENT}${" ".repeat(LABEL_COLUMNS)}${value}`;
}

function layerName(layer: string, locale: Locale): string {
  return (catalogueMessages[locale].layers as Record<string, { title: string }>)[layer as Layer]?.title ?? layer;
}

function seen(f: Finding, m: DiagnoseMessages["report"]): string {
  if (f.count <= 1) return f.firstLine > 0 ? m.seenOnceAt(f.firstLine) : m.seenOnce;
  return m.seenTimes(f.count, f.firstLine, f.lastLine);
}

function requestIdLine(f: Finding, m: DiagnoseMessages["report"]): string | null {
  const ids = f.requestIds ?? (f.requestId ? [f.requestId] : []);
  if (ids.length === 0) return null;
  const more = ids.length - TEXT_REQUEST_IDS;
  const list = ids.slice(0, TEXT_REQUEST_IDS).join(", ") + (more > 0 ? m.moreIds(more) : "");
  return ids.length > 1 ? field(m.fields.requestIds, `${m.idsCount(ids.length)}${list}`) : field(m.fields.requestId, list);
}

function describeFinding(f: Finding, entryFor: (slug: string) => Entry | undefined, index: number, locale: Locale): string {
  const m = diagnoseMessages[locale].report;
  const found = f.entrySlug ? entryFor(f.entrySlug) : undefined;
  const entry = found ? localizeEntry(found, locale) : undefined;
  const candidates = f.candidates ?? [];
  const lines: string[] = [];
  const how = m.how(f.matchedBy, percent(f.confidence));
  if (isStatusOnly(f)) {
    lines.push(`${index}. ${m.statusOnly(f.httpStatus)}`);
    lines.push(`${INDENT}${m.howLine(how)}`);
  } else if (entry) {
    lines.push(`${index}. ${m.entry(entry.code, entry.message, entry.summary)}`);
    lines.push(`${INDENT}${m.howLine(how)}`);
  } else if (f.code) {
    lines.push(`${index}. ${m.notInCatalogue(f.code, f.family, Boolean(f.layer))}`);
    lines.push(`${INDENT}${m.howLine(how)}`);
  } else {
    lines.push(`${index}. ${m.unrecognised(how)}`);
  }
  if (f.code && f.codeAsWritten && f.codeAsWritten !== f.code) lines.push(field(m.fields.writtenAs, f.codeAsWritten));
  if (f.layer) lines.push(field(m.fields.layer, layerName(f.layer, locale)));
  if (f.httpStatus !== null) {
    lines.push(field(m.fields.httpStatus, `${f.httpStatus}${f.httpStatusSource === "catalogue" ? m.statusDocumented : ""}`));
  }
  if (isStatusOnly(f)) {
    if (candidates.length > 0) {
      lines.push(`${INDENT}${m.canMean(f.httpStatus)}`);
      for (const slug of candidates) {
        const found = entryFor(slug);
        const c = found ? localizeEntry(found, locale) : undefined;
        lines.push(`     - ${m.link(c ? m.candidate(entryLabel(c), c.summary) : slug, localePath(locale, entryPath({ slug })))}`);
      }
    } else {
      lines.push(`${INDENT}${m.noCandidates}`);
    }
  }
  const shared = entry && f.matchedBy === "message" ? candidates.filter((s) => s !== entry.slug) : [];
  if (shared.length > 0) {
    lines.push(`${INDENT}${m.alsoUsedBy(shared.map((s) => entryFor(s)?.code ?? s))}`);
  }
  lines.push(field(m.fields.seen, seen(f, m)));
  if (f.time) lines.push(field(m.fields.time, f.lastTime && f.lastTime !== f.time ? m.timeSpan(f.time, f.lastTime) : f.time));
  const ids = requestIdLine(f, m);
  if (ids) lines.push(ids);
  if (f.message) lines.push(field(m.fields.message, f.message.length > 300 ? `${f.message.slice(0, 300)}…` : f.message));
  const values = Object.entries(f.values);
  if (values.length > 0) lines.push(field(m.fields.values, values.map(([k, v]) => m.value(valueLabel(k, locale), v)).join(", ")));
  if (entry) {
    const state = causeState(f, entry, null);
    if (state.kind === "evidence" || state.kind === "only") {
      lines.push(field(m.fields.cause, state.cause.title));
      lines.push(under(state.kind === "evidence" ? m.pasteSays(state.evidence) : m.onlyCause));
      lines.push(`${INDENT}${m.firstSteps}`);
      state.cause.steps.slice(0, 3).forEach((step, i) => {
        lines.push(`     ${i + 1}. ${step.action}`);
        lines.push(`        ${m.check(step.check)}`);
        const inPaste = stepValuesText(step, f.values, locale);
        if (inPaste) lines.push(`        ${inPaste}`);
      });
    } else if (state.kind === "undetermined") {
      lines.push(field(m.fields.cause, m.undetermined));
      for (const c of state.causes) {
        lines.push(`     - ${c.title}`);
        lines.push(`       ${c.tell}`);
      }
    }
    lines.push(field(m.fields.retry, m.retry(entry.retry.policy, catalogueMessages[locale].retry[entry.retry.policy], entry.retry.detail)));
  }
  if (f.runnerUp) {
    lines.push(field(m.fields.runnerUp, m.runnerUp(f.runnerUp.entrySlug, f.runnerUp.causeId, percent(f.runnerUp.confidence))));
  }
  if (entry) lines.push(field(m.fields.more, localePath(locale, entryPath(entry))));
  return lines.join("\n");
}

/** The whole text the command line prints for a result, in `locale` (English when not given). */
export function textReport(result: ClassifyResult, entryFor: (slug: string) => Entry | undefined, locale: Locale = "en"): string {
  const m = diagnoseMessages[locale].report;
  let out = "";
  if (result.findings.length === 0) {
    out += `${m.none}\n`;
  } else {
    out += `${m.found(result.findings.length)}\n\n`;
    out += `${result.findings.map((f, i) => describeFinding(f, entryFor, i + 1, locale)).join("\n\n")}\n`;
  }
  if (result.redactions > 0) out += `\n${m.masked(result.redactions)}\n`;
  if (result.truncated) out += `\n${m.truncated}\n`;
  return out;
}
