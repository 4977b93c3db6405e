/**
 * The state a "Share" link carries in its URL fragment (never sent to a
 * server), and the link's format.
 *
 * - Version 1 (`{v:1, p, c, t}`): the whole redacted paste, the causes the
 *   reader chose (finding index → cause id) and the ticked steps. Pastes up to
 *   MAX_SHARED_PASTE_CHARS are still shared this way, and every version-1
 *   link ever made keeps opening: wiki pages link to them.
 * - Version 2 (`{v:2, n, b, f, tl, w, k, r, tr, c, t}`): a larger paste. It
 *   carries the error lines with their original line numbers (`b`), the
 *   findings of the whole paste as the sender saw them (`f`: counts, lines,
 *   times, request ids), the timeline (`tl`) and how much was left out, so the
 *   receiving page shows the same thing and says what the link does not hold.
 */
import type { ExtractorSource, Finding, MatchedBy, Occurrence, RunnerUp } from "../classify/types";
import { trimEndChars } from "../classify/strings";
import { MAX_BUCKETS, MAX_PASTE_CHARS } from "./limits";
import type { TimelineData, TimelineSeries } from "./timeline";

interface SharedChoices {
  /** Finding index → the cause id the reader chose. */
  causes: Record<string, string>;
  /** Step keys ("<finding>:<cause>:<step>") that were ticked. */
  ticked: string[];
}

/** A paste small enough to share whole. */
interface SharedWhole extends SharedChoices {
  kind: "whole";
  /** The paste with secrets masked. */
  paste: string;
}

/** Consecutive lines of the paste, starting at line `from` (1-based). */
interface SharedBlock {
  from: number;
  lines: string[];
}

/** A finding of the whole paste, as the sender's page showed it. */
export interface SharedFinding {
  /** `requestIds` holds at most the first SHARED_REQUEST_IDS ids; `occurrences` only those whose lines are in the link. */
  finding: Finding;
  /** Distinct request ids in the whole paste. */
  requestIdTotal: number;
  /** The link holds this finding's lines (false when they did not fit). */
  linesShared: boolean;
}

/** A paste too large to share whole: its error lines and what the sender saw of the whole. */
export interface SharedExcerpt extends SharedChoices {
  kind: "excerpt";
  /** Lines in the whole paste. */
  lineCount: number;
  blocks: SharedBlock[];
  findings: SharedFinding[];
  timeline: TimelineData | null;
  /** Lines longer than this were cut, with a marker saying how much was left out. */
  lineChars: number;
  /** How many of the shared lines were cut. */
  cutLines: number;
  /** Secrets masked in the whole paste. */
  redactions: number;
  /** The sender's paste was longer than the classifier reads. */
  truncated: boolean;
}

export type SharedDiagnosis = SharedWhole | SharedExcerpt;

/** The longest paste a link carries whole, and the budget for a larger paste's error lines; browsers and chat tools cut longer URLs. */
export const MAX_SHARED_PASTE_CHARS = 16_000;

const PREFIX = "d=";
const MAX_SHARED_FINDINGS = 500;

function toBase64Url(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return trimEndChars(btoa(binary).replace(/\+/g, "-").replace(/\//g, "_"), "=");
}

function fromBase64Url(text: string): Uint8Array {
  const base64 = text.replace(/-/g, "+").replace(/_/g, "/");
  const binary = atob(base64 + "=".repeat((4 - (base64.length % 4)) % 4));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/**
 * Short names for a finding's fields in a version-2 link, which can carry
 * hundreds of findings. Empty values (null, [], {}, false) are left out.
 */
const FINDING_KEYS = {
  code: "c",
  codeAsWritten: "w",
  family: "fa",
  known: "k",
  entrySlug: "e",
  candidates: "ca",
  layer: "l",
  causeId: "ci",
  causeEvidence: "ce",
  httpStatus: "s",
  httpStatusSource: "ss",
  requestIds: "ri",
  message: "m",
  matchedBy: "mb",
  confidence: "cf",
  count: "n",
  firstLine: "fl",
  lastLine: "ll",
  time: "t",
  lastTime: "lt",
  occurrences: "o",
  values: "va",
  runnerUp: "ru",
  source: "so",
  offset: "of",
} as const satisfies Record<Exclude<keyof Finding, "requestId">, string>;

function isEmpty(value: unknown): boolean {
  if (value === null || value === undefined || value === false) return true;
  if (Array.isArray(value)) return value.length === 0;
  return isRecord(value) && Object.keys(value).length === 0;
}

function packFinding({ finding, requestIdTotal, linesShared }: SharedFinding): Record<string, unknown> {
  const packed: Record<string, unknown> = {};
  for (const [name, key] of Object.entries(FINDING_KEYS) as [keyof typeof FINDING_KEYS, string][]) {
    let value: unknown = finding[name];
    if (name === "codeAsWritten") {
      // Left out when it is the code itself; an explicit null when there is a code but none was written.
      if (value === finding.code) continue;
      if (value === null) {
        packed[key] = null;
        continue;
      }
    }
    // An occurrence as [line, endLine, time, requestId], without trailing nulls.
    if (name === "occurrences") {
      value = finding.occurrences.map((o) => {
        const row: unknown[] = [o.line, o.endLine, o.time, o.requestId];
        while (row.length > 2 && row[row.length - 1] === null) row.pop();
        return row;
      });
    }
    if (!isEmpty(value)) packed[key] = value;
  }
  packed.rt = requestIdTotal;
  if (linesShared) packed.ls = 1;
  return packed;
}

/** A packed finding with its long field names back (validated by readFinding). */
function unpackFinding(x: unknown): Record<string, unknown> {
  need(isRecord(x));
  const packed = x as Record<string, unknown>;
  const f: Record<string, unknown> = { rt: packed.rt, ls: packed.ls === 1 };
  for (const [name, key] of Object.entries(FINDING_KEYS)) f[name] = packed[key];
  if (!(FINDING_KEYS.codeAsWritten in packed)) f.codeAsWritten = f.code;
  if (f.occurrences !== undefined) {
    f.occurrences = list(f.occurrences, (row) => {
      need(Array.isArray(row) && row.length >= 2 && row.length <= 4);
      const [line, endLine, time, requestId] = row as unknown[];
      return { line, endLine, time: time ?? null, requestId: requestId ?? null };
    });
  }
  return f;
}

function payloadOf(state: SharedDiagnosis): Record<string, unknown> {
  if (state.kind === "whole") return { v: 1, p: state.paste, c: state.causes, t: state.ticked };
  return {
    v: 2,
    n: state.lineCount,
    b: state.blocks.map((b) => [b.from, b.lines]),
    f: state.findings.map(packFinding),
    tl: state.timeline,
    w: state.lineChars,
    k: state.cutLines,
    r: state.redactions,
    tr: state.truncated,
    c: state.causes,
    t: state.ticked,
  };
}

/** The fragment (without '#') that carries `state`. */
export function encodeDiagnosis(state: SharedDiagnosis): string {
  return PREFIX + toBase64Url(new TextEncoder().encode(JSON.stringify(payloadOf(state))));
}

/** The longest paste the search box hands to the diagnose page in a fragment (base64 makes it a third longer; browsers take URLs of about 2 MB). */
export const MAX_HANDOFF_CHARS = 500_000;

/**
 * A version-1 fragment for a paste with no result yet: the search box opens a
 * pasted response on the diagnose page this way, in the same browser. The
 * paste goes whole; one too long for a URL gets null, never a cut copy.
 */
export function handoffFragment(paste: string): string | null {
  if (paste.length > MAX_HANDOFF_CHARS) return null;
  return encodeDiagnosis({ kind: "whole", paste, causes: {}, ticked: [] });
}

/**
 * `error: "damaged"`: the fragment is a share link that cannot be read back (the page says so in its language,
 * diagnoseMessages[locale].share.damaged); `error: null`: the fragment holds no shared diagnosis at all.
 * No words here: the search box loads this file on every page, and the dictionaries stay out of it.
 */
export type DecodedShare = { ok: true; state: SharedDiagnosis } | { ok: false; error: "damaged" | null };

/** Reads a fragment back. A link reads the same whatever language the page that made it or opens it is in. */
export function decodeShare(fragment: string): DecodedShare {
  const hash = fragment.replace(/^#/, "");
  if (!hash.startsWith(PREFIX)) return { ok: false, error: null };
  try {
    const json = new TextDecoder("utf-8", { fatal: true }).decode(fromBase64Url(hash.slice(PREFIX.length)));
    const data: unknown = JSON.parse(json);
    if (!isRecord(data)) throw new Damaged();
    const choices = readChoices(data);
    if (data.v === 1 && typeof data.p === "string") return { ok: true, state: { kind: "whole", paste: data.p, ...choices } };
    if (data.v === 2) return { ok: true, state: { kind: "excerpt", ...readExcerpt(data), ...choices } };
    throw new Damaged();
  } catch {
    return { ok: false, error: "damaged" };
  }
}

/* Reading a link: anything a hand-made or cut link holds is checked before the page uses it. */

class Damaged extends Error {}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

function need(ok: boolean): void {
  if (!ok) throw new Damaged();
}

function int(x: unknown, min: number, max: number): number {
  need(typeof x === "number" && Number.isInteger(x) && x >= min && x <= max);
  return x as number;
}

function num(x: unknown, min: number, max: number): number {
  need(typeof x === "number" && Number.isFinite(x) && x >= min && x <= max);
  return x as number;
}

function str(x: unknown): string {
  need(typeof x === "string");
  return x as string;
}

function strOrNull(x: unknown): string | null {
  return x === null || x === undefined ? null : str(x);
}

function strings(x: unknown): string[] {
  return list(x, str);
}

function list<T>(x: unknown, read: (item: unknown) => T): T[] {
  need(Array.isArray(x));
  return (x as unknown[]).map(read);
}

function oneOf<T extends string>(x: unknown, allowed: readonly T[]): T {
  need(typeof x === "string" && (allowed as readonly string[]).includes(x));
  return x as T;
}

function readChoices(data: Record<string, unknown>): SharedChoices {
  const causes: Record<string, string> = {};
  if (isRecord(data.c)) {
    for (const [k, v] of Object.entries(data.c)) if (typeof v === "string") causes[k] = v;
  }
  const ticked = Array.isArray(data.t) ? data.t.filter((t): t is string => typeof t === "string") : [];
  return { causes, ticked };
}

const MATCHED_BY: readonly MatchedBy[] = ["code", "message", "status"];
const SOURCES: readonly ExtractorSource[] = ["json", "sdk-go", "js-object", "python-dict", "sdk-python", "sdk-java", "http", "text"];

function readOccurrence(x: unknown, lineCount: number): Occurrence {
  need(isRecord(x));
  const o = x as Record<string, unknown>;
  const line = int(o.line, 1, lineCount);
  return { line, endLine: int(o.endLine, line, lineCount), time: strOrNull(o.time), requestId: strOrNull(o.requestId) };
}

function readRunnerUp(x: unknown): RunnerUp | null {
  if (x === null || x === undefined) return null;
  need(isRecord(x));
  const r = x as Record<string, unknown>;
  return { entrySlug: str(r.entrySlug), causeId: strOrNull(r.causeId), confidence: num(r.confidence, 0, 1) };
}

function readValues(x: unknown): Record<string, string> {
  if (x === undefined || x === null) return {};
  need(isRecord(x));
  const values: Record<string, string> = {};
  for (const [k, v] of Object.entries(x as Record<string, unknown>)) values[k] = str(v);
  return values;
}

function readFinding(x: unknown, lineCount: number): SharedFinding {
  const f = unpackFinding(x);
  const requestIds = f.requestIds === undefined ? [] : strings(f.requestIds);
  const firstLine = int(f.firstLine, 0, lineCount);
  const finding: Finding = {
    code: strOrNull(f.code),
    codeAsWritten: strOrNull(f.codeAsWritten),
    family: strOrNull(f.family),
    known: f.known === true,
    entrySlug: strOrNull(f.entrySlug),
    candidates: f.candidates === undefined ? [] : strings(f.candidates),
    layer: strOrNull(f.layer),
    causeId: strOrNull(f.causeId),
    causeEvidence: strOrNull(f.causeEvidence),
    httpStatus: f.httpStatus === null || f.httpStatus === undefined ? null : int(f.httpStatus, 100, 599),
    httpStatusSource:
      f.httpStatusSource === null || f.httpStatusSource === undefined ? null : oneOf(f.httpStatusSource, ["paste", "catalogue"] as const),
    requestId: requestIds[0] ?? null,
    requestIds,
    message: strOrNull(f.message),
    matchedBy: oneOf(f.matchedBy, MATCHED_BY),
    confidence: num(f.confidence, 0, 1),
    count: int(f.count, 1, Number.MAX_SAFE_INTEGER),
    firstLine,
    lastLine: int(f.lastLine, firstLine, lineCount),
    time: strOrNull(f.time),
    lastTime: strOrNull(f.lastTime),
    occurrences: f.occurrences === undefined ? [] : list(f.occurrences, (o) => readOccurrence(o, lineCount)),
    values: readValues(f.values),
    runnerUp: readRunnerUp(f.runnerUp),
    source: SOURCES.includes(f.source as ExtractorSource) ? (f.source as ExtractorSource) : "text",
    offset: typeof f.offset === "number" && Number.isInteger(f.offset) && f.offset >= 0 ? f.offset : 0,
  };
  return { finding, requestIdTotal: int(f.rt, requestIds.length, Number.MAX_SAFE_INTEGER), linesShared: f.ls === true };
}

function readTimeline(x: unknown): TimelineData | null {
  if (x === null || x === undefined) return null;
  need(isRecord(x));
  const t = x as Record<string, unknown>;
  const buckets = int(t.buckets, 1, MAX_BUCKETS);
  need(Array.isArray(t.series) && (t.series as unknown[]).length <= 50);
  const series = (t.series as unknown[]).map((s): TimelineSeries => {
    need(isRecord(s));
    const r = s as Record<string, unknown>;
    need(Array.isArray(r.counts) && (r.counts as unknown[]).length === buckets);
    return { key: str(r.key), label: str(r.label), counts: (r.counts as unknown[]).map((c) => int(c, 0, Number.MAX_SAFE_INTEGER)) };
  });
  return {
    start: num(t.start, -8.64e15, 8.64e15),
    bucketMinutes: int(t.bucketMinutes, 1, 1e9),
    buckets,
    series,
    clock: oneOf(t.clock, ["utc", "as-written", "mixed"] as const),
    placed: int(t.placed, 0, Number.MAX_SAFE_INTEGER),
    skipped: int(t.skipped, 0, Number.MAX_SAFE_INTEGER),
  };
}

function readExcerpt(data: Record<string, unknown>): Omit<SharedExcerpt, "kind" | "causes" | "ticked"> {
  const lineCount = int(data.n, 1, MAX_PASTE_CHARS + 1);
  need(Array.isArray(data.b));
  let next = 1;
  const blocks = (data.b as unknown[]).map((b): SharedBlock => {
    need(Array.isArray(b) && b.length === 2);
    const [fromRaw, linesRaw] = b as unknown[];
    const from = int(fromRaw, next, lineCount);
    const lines = strings(linesRaw);
    need(lines.length > 0 && from + lines.length - 1 <= lineCount);
    next = from + lines.length;
    return { from, lines };
  });
  need(Array.isArray(data.f) && (data.f as unknown[]).length <= MAX_SHARED_FINDINGS);
  return {
    lineCount,
    blocks,
    findings: (data.f as unknown[]).map((f) => readFinding(f, lineCount)),
    timeline: readTimeline(data.tl),
    lineChars: int(data.w, 1, MAX_PASTE_CHARS),
    cutLines: int(data.k ?? 0, 0, MAX_PASTE_CHARS),
    redactions: int(data.r ?? 0, 0, Number.MAX_SAFE_INTEGER),
    truncated: data.tr === true,
  };
}
