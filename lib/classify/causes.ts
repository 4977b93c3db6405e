/**
 * Picks the cause of an entry that an error message points to, and the text
 * that decided it. In order:
 * 1. the `cause` of a documented message or variant the whole message matches;
 * 2. the cause whose `signals` occur in the message (the longest signal
 *    wins, so "failed to reach the limit" beats a bare "forbidden");
 * 3. the `cause` of a documented form the message starts with;
 * 4. the only cause, when the entry has one (the code or message decided it).
 * Otherwise the cause stays null: it is never guessed.
 *
 * Signals are patterns like messages: placeholders ({xxx}, XXX, ******)
 * stand for the values a message carries between its words ("ak xxx not
 * exist" matches "ak:AKDUMMY,err:ak not exist"). They are compared without
 * case and keep their punctuation: "has been reached." (with the full stop)
 * means the bare message, not a longer one that goes on.
 */
import type { ClassifierEntry as Entry } from "./data";
import { compilePattern, findPattern, matchPattern, normalizeMessage, prefixEnd, type MessagePattern } from "./patterns";
import { foldKeepingOffsets } from "./strings";
import { clipToWindow } from "./limits";

export interface CausePick {
  causeId: string | null;
  /** The text that decided the cause: the part of the message that matched, or the whole message or code. */
  evidence: string | null;
  /** A second cause whose signals also occur, for the runner-up. */
  runnerUpId: string | null;
  /** 1 for a documented form or the only cause, lower for signals. */
  certainty: number;
}

interface CompiledLink {
  pattern: MessagePattern;
  causeId: string;
}

interface CompiledSignal {
  causeId: string;
  pattern: MessagePattern;
  order: number;
}

interface CompiledEntryCauses {
  links: CompiledLink[];
  signals: CompiledSignal[];
  onlyCause: string | null;
}

interface SignalHit {
  causeId: string;
  evidence: string;
}

const NO_CAUSE: CausePick = { causeId: null, evidence: null, runnerUpId: null, certainty: 0 };

export class CausePicker {
  private readonly byEntry = new Map<string, CompiledEntryCauses>();

  constructor(entries: readonly Entry[]) {
    for (const entry of entries) {
      const links: CompiledLink[] = [];
      for (const m of [...entry.messages, ...entry.variants]) {
        if (m.cause) links.push({ pattern: compilePattern(m.text), causeId: m.cause });
      }
      // Most specific first.
      links.sort((a, b) => b.pattern.literalLength - a.pattern.literalLength);
      const signals = entry.causes
        .flatMap((cause, order) =>
          cause.signals.map((signal) => ({ causeId: cause.id, pattern: compilePattern(signal, { keepEndStops: true }), order })),
        )
        .filter((s) => s.pattern.literalLength > 0);
      signals.sort((a, b) => b.pattern.literalLength - a.pattern.literalLength || a.order - b.order);
      this.byEntry.set(entry.slug, { links, signals, onlyCause: entry.causes.length === 1 ? entry.causes[0]!.id : null });
    }
  }

  /**
   * The cause of `entry` that `message` points to. `decidedBy` is the text
   * that identified the entry (the code as written, or the message), the
   * evidence for an entry's only cause.
   */
  pick(entry: Entry, message: string | null, decidedBy: string | null = message): CausePick {
    const compiled = this.byEntry.get(entry.slug);
    if (!compiled) return NO_CAUSE;
    // The longest message a cause is read from: the context window.
    const clipped = message && clipToWindow(message);
    if (clipped) {
      const norm = normalizeMessage(clipped);
      const hits = this.signalHits(compiled, clipped);
      // 1. A documented form that matches the whole message.
      for (const link of compiled.links) {
        if (matchPattern(link.pattern, norm) === "full") {
          const other = hits.find((h) => h.causeId !== link.causeId)?.causeId ?? null;
          return { causeId: link.causeId, evidence: clipped.trim(), runnerUpId: other, certainty: 1 };
        }
      }
      // 2. Signals: the longest one found names the cause.
      if (hits.length > 0) {
        return {
          causeId: hits[0]!.causeId,
          evidence: hits[0]!.evidence,
          runnerUpId: hits[1]?.causeId ?? null,
          certainty: hits.length === 1 ? 0.9 : 0.75,
        };
      }
      // 3. A documented form the message starts with: that opening is the evidence.
      for (const link of compiled.links) {
        if (matchPattern(link.pattern, norm) === "prefix") {
          const folded = foldKeepingOffsets(clipped, { keepLineBreaks: false });
          const end = prefixEnd(link.pattern, folded.text);
          const evidence = end > 0 ? clipped.slice(0, folded.at(end)).trim() : clipped.trim();
          return { causeId: link.causeId, evidence, runnerUpId: null, certainty: 0.8 };
        }
      }
    }
    // 4. The only cause.
    if (compiled.onlyCause && decidedBy) return { causeId: compiled.onlyCause, evidence: decidedBy, runnerUpId: null, certainty: 1 };
    return NO_CAUSE;
  }

  /** Causes whose signals occur in the message, strongest first, each once, with the text each matched. */
  private signalHits(compiled: CompiledEntryCauses, message: string): SignalHit[] {
    if (compiled.signals.length === 0) return [];
    const folded = foldKeepingOffsets(message, { keepLineBreaks: false });
    const hits: SignalHit[] = [];
    for (const s of compiled.signals) {
      if (hits.some((h) => h.causeId === s.causeId)) continue;
      const at = findPattern(s.pattern, folded.text);
      if (at) hits.push({ causeId: s.causeId, evidence: message.slice(folded.at(at[0]), folded.at(at[1])) });
    }
    return hits;
  }
}
