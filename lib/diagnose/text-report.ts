/**
 * The command line's diagnosis for a person: each finding with its entry,
 * where and how often it was seen, its request ids, and a cause only as far
 * as the paste shows one (otherwise how to tell the causes apart).
 */
import type { Entry } from "../catalogue/schema";
import type { ClassifyResult, Finding } from "../classify/types";
import { LAYER_INFO } from "../catalogue/layers";
import type { Layer } from "../catalogue/constants";
import { causeState } from "./cause-state";
import { entryLabel, isStatusOnly } from "./labels";
import { stepValuesText, valueLabel } from "./values";

/** Request ids listed per finding; --json lists them all. */
export const TEXT_REQUEST_IDS = 10;

function percent(n: number): string {
  return `${Math.round(n * 100)}%`;
}

function layerName(layer: string): string {
  return (LAYER_INFO as Record<string, { title: string }>)[layer as Layer]?.title ?? layer;
}

function seen(f: Finding): string {
  if (f.count <= 1) return f.firstLine > 0 ? `once, at line ${f.firstLine}` : "once";
  return `${f.count} times: first at line ${f.firstLine}, last starting at line ${f.lastLine}`;
}

function requestIdLine(f: Finding): string | null {
  const ids = f.requestIds ?? (f.requestId ? [f.requestId] : []);
  if (ids.length === 0) return null;
  const more = ids.length - TEXT_REQUEST_IDS;
  const list = ids.slice(0, TEXT_REQUEST_IDS).join(", ") + (more > 0 ? `, and ${more} more (--json lists them all)` : "");
  return ids.length > 1 ? `   Request ids:  (${ids.length}) ${list}` : `   Request id:   ${list}`;
}

function describe(f: Finding, entryFor: (slug: string) => Entry | undefined, index: number): string {
  const entry = f.entrySlug ? entryFor(f.entrySlug) : undefined;
  const candidates = f.candidates ?? [];
  const lines: string[] = [];
  const how = `matched by ${f.matchedBy}, confidence ${percent(f.confidence)}`;
  if (isStatusOnly(f)) {
    lines.push(`${index}. HTTP ${f.httpStatus}, no error code: the response carried only a status`);
    lines.push(`   (${how})`);
  } else if (entry) {
    lines.push(`${index}. ${entry.code ?? `(no code) ${entry.message}`}: ${entry.summary}`);
    lines.push(`   (${how})`);
  } else if (f.code) {
    const whose = f.layer ? `a ${f.family} code that is not in this catalogue` : `another service's code (family ${f.family ?? "unknown"}), not in this catalogue`;
    lines.push(`${index}. ${f.code}: ${whose}`);
    lines.push(`   (${how})`);
  } else {
    lines.push(`${index}. Unrecognised error (${how})`);
  }
  if (f.code && f.codeAsWritten && f.codeAsWritten !== f.code) lines.push(`   Written as:   ${f.codeAsWritten}`);
  if (f.layer) lines.push(`   Layer:        ${layerName(f.layer)}`);
  if (f.httpStatus !== null) {
    lines.push(`   HTTP status:  ${f.httpStatus}${f.httpStatusSource === "catalogue" ? " (documented; not shown in the paste)" : ""}`);
  }
  if (isStatusOnly(f)) {
    if (candidates.length > 0) {
      lines.push(`   HTTP ${f.httpStatus} can mean:`);
      for (const slug of candidates) {
        const c = entryFor(slug);
        lines.push(`     - ${c ? `${entryLabel(c)}: ${c.summary}` : slug} (/codes/${slug})`);
      }
    } else {
      lines.push("   No catalogue code is documented with this status.");
    }
  }
  const shared = entry && f.matchedBy === "message" ? candidates.filter((s) => s !== entry.slug) : [];
  if (shared.length > 0) {
    lines.push(`   Also used by: ${shared.map((s) => entryFor(s)?.code ?? s).join(", ")} (the paste shows no code to tell them apart)`);
  }
  lines.push(`   Seen:         ${seen(f)}`);
  if (f.time) lines.push(`   Time:         ${f.lastTime && f.lastTime !== f.time ? `first ${f.time}, last ${f.lastTime}` : f.time}`);
  const ids = requestIdLine(f);
  if (ids) lines.push(ids);
  if (f.message) lines.push(`   Message:      ${f.message.length > 300 ? f.message.slice(0, 300) + "…" : f.message}`);
  const values = Object.entries(f.values);
  if (values.length > 0) lines.push(`   Values:       ${values.map(([k, v]) => `${valueLabel(k)}=${v}`).join(", ")}`);
  if (entry) {
    const state = causeState(f, entry, null);
    if (state.kind === "evidence" || state.kind === "only") {
      lines.push(`   Cause:        ${state.cause.title}`);
      lines.push(state.kind === "evidence" ? `                 The paste says: "${state.evidence}"` : "                 (the only documented cause of this code)");
      lines.push("   First steps:");
      state.cause.steps.slice(0, 3).forEach((step, i) => {
        lines.push(`     ${i + 1}. ${step.action}`);
        lines.push(`        Check: ${step.check}`);
        const inPaste = stepValuesText(step, f.values);
        if (inPaste) lines.push(`        ${inPaste}`);
      });
    } else if (state.kind === "undetermined") {
      lines.push("   Cause:        not determined from the paste. How to tell the causes apart:");
      for (const c of state.causes) {
        lines.push(`     - ${c.title}`);
        lines.push(`       ${c.tell}`);
      }
    }
    lines.push(`   Retry:        ${entry.retry.policy}: ${entry.retry.detail}`);
  }
  if (f.runnerUp) {
    const cause = f.runnerUp.causeId ? `, cause ${f.runnerUp.causeId}` : "";
    lines.push(`   Runner-up:    ${f.runnerUp.entrySlug}${cause} (${percent(f.runnerUp.confidence)})`);
  }
  if (entry) lines.push(`   More:         /codes/${entry.slug}`);
  return lines.join("\n");
}

/** The whole text the command line prints for a result. */
export function textReport(result: ClassifyResult, entryFor: (slug: string) => Entry | undefined): string {
  let out = "";
  if (result.findings.length === 0) {
    out += "No error code, documented message or HTTP error status found.\n";
  } else {
    const n = result.findings.length;
    out += `${n} error${n === 1 ? "" : "s"} found.\n\n`;
    out += result.findings.map((f, i) => describe(f, entryFor, i + 1)).join("\n\n") + "\n";
  }
  if (result.redactions > 0) out += `\n${result.redactions} secret value(s) were masked.\n`;
  if (result.truncated) out += "\nThe input was too long; only its first part was read.\n";
  return out;
}
