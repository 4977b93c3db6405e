/**
 * Turns raw errors into findings against the catalogue:
 * - a code is looked up exactly (any spelling, via lib/codes). A code that is
 *   not in the catalogue stays unknown, with its family; it is never mapped
 *   onto a catalogue code that only shares its digits;
 * - without a code, the message is matched against every entry's messages
 *   and variants (placeholders as wildcards). Messages several entries share
 *   (APIG.0301 and APIGW.0301) give one entry and the other as runner-up;
 * - without either, the HTTP status alone names no entry: the entries that
 *   return it are listed as candidates, most likely first.
 */
import type { ClassifierEntry as Entry, StatusPreference } from "./data";
import { parseCode } from "../codes/normalize";
import { CausePicker } from "./causes";
import { compilePattern, matchPattern, normalizeMessage, type MatchMode, type MessagePattern } from "./patterns";
import type { LocatedError } from "./locate";
import type { Finding, MatchedBy, RunnerUp } from "./types";
import { extractValues } from "./values";
import { clipToWindow } from "./limits";
import { FAMILY_LAYER, type KnownFamily } from "../codes/families";
import { LAYERS } from "../catalogue/constants";

interface EntryPattern {
  entry: Entry;
  pattern: MessagePattern;
  status: number | null;
}

export interface MessageCandidate {
  entry: Entry;
  mode: MatchMode;
  score: number;
  /** Literal characters of the pattern that matched. */
  literalLength: number;
}

const MODE_SCORE: Record<MatchMode, number> = { full: 0.8, prefix: 0.7, contains: 0.5 };

/** Message matches this close to the best one are entries the message could equally mean. */
const SHARED_MESSAGE_MARGIN = 0.03;
/** The most candidates a status alone lists. */
const MAX_STATUS_CANDIDATES = 12;

const STATUS_LAYER_ORDER = ["apig", "apigw", "ocr", "modelarts"];

function clamp(n: number): number {
  return Math.max(0, Math.min(1, Math.round(n * 1000) / 1000));
}

// The layers in catalogue order (constants.ts has no zod, so the worker bundle stays small).
const layerRank = new Map<string, number>(LAYERS.map((l, i) => [l, i]));

export interface FindingContext {
  /** The text around the error, for values such as the endpoint. */
  around: string;
}

export class Matcher {
  private readonly byCode = new Map<string, Entry>();
  private readonly patterns: EntryPattern[] = [];
  private readonly causes: CausePicker;
  private readonly messageCache = new Map<string, MessageCandidate[]>();
  /** Normalised openings of every message, for finding messages in free text. */
  readonly needles: string[];

  /**
   * `statusPreference`: when only a status is known, the entries to suggest first
   * (content/status-preference.json); then every other entry with that status, by layer.
   */
  constructor(
    private readonly entries: readonly Entry[],
    private readonly statusPreference: StatusPreference,
  ) {
    for (const entry of entries) {
      if (entry.code) this.byCode.set(entry.code.toUpperCase(), entry);
      for (const m of entry.messages) this.patterns.push({ entry, pattern: compilePattern(m.text), status: m.httpStatus });
      for (const v of entry.variants) this.patterns.push({ entry, pattern: compilePattern(v.text), status: null });
    }
    this.causes = new CausePicker(entries);
    const needles = new Set<string>();
    for (const p of this.patterns) {
      const head = p.pattern.pieces[0]!;
      if (head.length >= 10) needles.add(head);
    }
    // A needle that contains another is found by the shorter one.
    const sorted = [...needles].sort((a, b) => a.length - b.length);
    this.needles = sorted.filter((n, i) => !sorted.slice(0, i).some((shorter) => n.startsWith(shorter)));
  }

  /** Entries whose messages match, best first (one row per entry). */
  matchMessage(message: string, status: number | null = null): MessageCandidate[] {
    const norm = normalizeMessage(clipToWindow(message));
    if (norm.length === 0) return [];
    const key = `${status ?? ""}|${norm}`;
    const cached = this.messageCache.get(key);
    if (cached) return cached;
    const best = new Map<string, MessageCandidate>();
    for (const p of this.patterns) {
      const mode = matchPattern(p.pattern, norm);
      if (!mode) continue;
      let score = MODE_SCORE[mode] + Math.min(0.05, p.pattern.literalLength / 2000);
      if (status !== null && p.entry.statuses.includes(status)) score += 0.02;
      const prior = best.get(p.entry.slug);
      if (!prior || score > prior.score) best.set(p.entry.slug, { entry: p.entry, mode, score, literalLength: p.pattern.literalLength });
    }
    const ranked = [...best.values()].sort(
      (a, b) =>
        b.score - a.score || (layerRank.get(a.entry.layer) ?? 9) - (layerRank.get(b.entry.layer) ?? 9) || a.entry.order - b.entry.order,
    );
    if (this.messageCache.size > 5000) this.messageCache.clear();
    this.messageCache.set(key, ranked);
    return ranked;
  }

  /** Entries a bare status could be, most likely first. */
  entriesForStatus(status: number): Entry[] {
    const preferred = ((Object.hasOwn(this.statusPreference, status) ? this.statusPreference[status] : undefined) ?? [])
      .map((code) => this.byCode.get(code.toUpperCase()))
      .filter((e): e is Entry => e !== undefined);
    const rest = this.entries
      .filter((e) => e.statuses.includes(status) && !preferred.includes(e))
      .sort(
        (a, b) =>
          Number(b.httpStatus === status) - Number(a.httpStatus === status) ||
          STATUS_LAYER_ORDER.indexOf(a.layer) - STATUS_LAYER_ORDER.indexOf(b.layer) ||
          a.order - b.order,
      );
    return [...preferred, ...rest];
  }

  /** The finding for one located error, or null when nothing in it can be reported. */
  toFinding(raw: LocatedError, ctx: FindingContext): Finding | null {
    const parsed = raw.code ? parseCode(raw.code) : null;
    const codeAsWritten = raw.code;
    let code: string | null = null;
    let family: string | null = null;
    if (raw.code) {
      if (parsed) {
        code = parsed.canonical;
        family = parsed.family;
      } else {
        code = raw.code;
        family = raw.family !== undefined ? raw.family : (/^[A-Za-z][A-Za-z0-9]*(?=[._\- ]?\d)/.exec(raw.code)?.[0] ?? null);
      }
    }

    let entry: Entry | undefined;
    let matchedBy: MatchedBy;
    let confidence: number;
    let runnerUp: RunnerUp | null = null;
    let candidates: string[] = [];
    const message = raw.message;
    const matches = message ? this.matchMessage(message, raw.httpStatus) : [];

    if (code) {
      matchedBy = "code";
      entry = parsed ? this.byCode.get(parsed.canonical.toUpperCase()) : undefined;
      if (entry) {
        const own = matches.find((c) => c.entry === entry);
        if (!message) confidence = raw.structured ? 0.9 : 0.85;
        else if (own) confidence = own.mode === "contains" ? 0.93 : 0.98;
        else {
          confidence = 0.8;
          const other = matches.find((c) => c.entry !== entry && c.mode !== "contains");
          if (other) {
            runnerUp = {
              entrySlug: other.entry.slug,
              causeId: this.causes.pick(other.entry, message).causeId,
              confidence: clamp(other.score * 0.5),
            };
          }
        }
      } else {
        // Not ours, or ours but not catalogued: report it as it is.
        confidence = raw.structured ? 0.9 : 0.75;
      }
    } else if (matches.length > 0) {
      matchedBy = "message";
      const first = matches[0]!;
      const second = matches[1];
      entry = first.entry;
      confidence = first.score;
      const tie = second !== undefined && second.score >= first.score - 0.001;
      if (tie) confidence = first.score - 0.2;
      // A short generic message ("Bad request.") found loose in text is weak evidence.
      const loose = raw.structured ? 1 : first.literalLength < 25 ? 0.6 : 0.9;
      confidence *= loose;
      if (second && (tie || second.score >= first.score - 0.15)) {
        runnerUp = {
          entrySlug: second.entry.slug,
          causeId: this.causes.pick(second.entry, message).causeId,
          confidence: clamp(Math.min(confidence - 0.1, (second.score - (tie ? 0.35 : 0.2)) * loose)),
        };
      }
      const shared = matches.filter((c) => c.score >= first.score - SHARED_MESSAGE_MARGIN);
      if (shared.length > 1) candidates = shared.map((c) => c.entry.slug);
    } else if (raw.httpStatus !== null && raw.httpStatus >= 400) {
      matchedBy = "status";
      const options = this.entriesForStatus(raw.httpStatus);
      candidates = options.slice(0, MAX_STATUS_CANDIDATES).map((e) => e.slug);
      // How likely the first candidate is; the finding itself names no entry.
      confidence = options.length === 0 ? 0 : options.length === 1 ? 0.4 : options.length <= 3 ? 0.3 : options.length <= 8 ? 0.2 : 0.1;
    } else {
      return null;
    }

    let causeId: string | null = null;
    let causeEvidence: string | null = null;
    if (entry) {
      const pick = this.causes.pick(entry, message, codeAsWritten ?? message);
      causeId = pick.causeId;
      causeEvidence = pick.evidence;
      if (!runnerUp && pick.runnerUpId && pick.certainty < 1) {
        runnerUp = { entrySlug: entry.slug, causeId: pick.runnerUpId, confidence: clamp(confidence * 0.5) };
      }
    }

    let layer: string | null = entry?.layer ?? null;
    if (!layer && family) {
      layer = Object.hasOwn(FAMILY_LAYER, family) ? FAMILY_LAYER[family as KnownFamily] : null;
    }

    let httpStatus = raw.httpStatus;
    let httpStatusSource: Finding["httpStatusSource"] = httpStatus !== null ? "paste" : null;
    if (httpStatus === null && entry) {
      const documented = entry.httpStatus ?? (entry.statuses.length === 1 ? entry.statuses[0]! : null);
      if (documented !== null) {
        httpStatus = documented;
        httpStatusSource = "catalogue";
      }
    }

    return {
      code,
      codeAsWritten,
      family,
      known: Boolean(entry && code),
      entrySlug: entry?.slug ?? null,
      candidates,
      layer,
      causeId,
      causeEvidence,
      httpStatus,
      httpStatusSource,
      requestId: raw.requestIds[0] ?? null,
      requestIds: [...raw.requestIds],
      message,
      matchedBy,
      confidence: clamp(confidence),
      count: 1,
      firstLine: raw.line,
      lastLine: raw.line,
      time: raw.time,
      lastTime: raw.time,
      occurrences: [{ line: raw.line, endLine: raw.endLine, time: raw.time, requestId: raw.requestIds[0] ?? null }],
      values: extractValues(message, ctx.around),
      runnerUp,
      source: raw.source,
      offset: raw.offset,
    };
  }

  /** Normalised message, for telling one error from another. */
  static messageKey(message: string | null): string {
    return message ? normalizeMessage(clipToWindow(message)) : "";
  }
}
