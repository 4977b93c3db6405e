/**
 * Picks the cause of an entry that an error message points to. In order:
 * 1. the `cause` of the documented message or variant the message matched;
 * 2. the cause whose `signals` appear in the message (the longest signal
 *    wins, so "failed to reach the limit" beats a bare "forbidden");
 * 3. the only cause, when the entry has one.
 * Otherwise the cause stays unknown rather than guessed.
 */
import type { Entry } from "../catalogue/schema";
import { compilePattern, matchPattern, normalizeMessage, type MessagePattern } from "./patterns";

/**
 * Signals are compared case-insensitively with runs of space folded, but
 * keep their punctuation: "throttling threshold has been reached." (with
 * the full stop) means the bare message, not a longer one that goes on.
 */
function foldSignal(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc\u0060\u00b4]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, " ");
}

export interface CausePick {
  causeId: string | null;
  /** A second cause whose signals also appear, for the runner-up. */
  runnerUpId: string | null;
  /** 1 for a linked message or the only cause, lower for signals. */
  certainty: number;
}

interface CompiledLink {
  pattern: MessagePattern;
  causeId: string;
}

interface CompiledEntryCauses {
  links: CompiledLink[];
  signals: Array<{ causeId: string; signal: string; order: number }>;
  onlyCause: string | null;
}

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
      const signals = entry.causes.flatMap((cause, order) =>
        cause.signals.map((signal) => ({ causeId: cause.id, signal: foldSignal(signal).trim(), order })),
      );
      signals.sort((a, b) => b.signal.length - a.signal.length || a.order - b.order);
      this.byEntry.set(entry.slug, {
        links,
        signals: signals.filter((s) => s.signal.length > 0),
        onlyCause: entry.causes.length === 1 ? entry.causes[0].id : null,
      });
    }
  }

  pick(entry: Entry, message: string | null): CausePick {
    const compiled = this.byEntry.get(entry.slug);
    if (!compiled) return { causeId: null, runnerUpId: null, certainty: 0 };
    if (compiled.onlyCause) return { causeId: compiled.onlyCause, runnerUpId: null, certainty: 1 };
    if (!message) return { causeId: null, runnerUpId: null, certainty: 0 };
    const clipped = message.length > 4000 ? message.slice(0, 4000) : message;
    const norm = normalizeMessage(clipped);
    const folded = foldSignal(clipped);
    // 1. A documented form that matches the whole message.
    for (const link of compiled.links) {
      if (matchPattern(link.pattern, norm) === "full") {
        const other = this.signalHits(compiled, folded).find((id) => id !== link.causeId) ?? null;
        return { causeId: link.causeId, runnerUpId: other, certainty: 1 };
      }
    }
    // 2. Signals: the longest one found names the cause.
    const hits = this.signalHits(compiled, folded);
    if (hits.length > 0) {
      return { causeId: hits[0], runnerUpId: hits[1] ?? null, certainty: hits.length === 1 ? 0.9 : 0.75 };
    }
    // 3. A documented form the message starts with.
    for (const link of compiled.links) {
      if (matchPattern(link.pattern, norm) === "prefix") {
        return { causeId: link.causeId, runnerUpId: null, certainty: 0.8 };
      }
    }
    return { causeId: null, runnerUpId: null, certainty: 0 };
  }

  /** Cause ids whose signals appear in the message, strongest first, each once. */
  private signalHits(compiled: CompiledEntryCauses, folded: string): string[] {
    const ids: string[] = [];
    for (const s of compiled.signals) {
      if (!ids.includes(s.causeId) && folded.includes(s.signal)) ids.push(s.causeId);
    }
    return ids;
  }
}
