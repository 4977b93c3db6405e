/**
 * Puts the extractors' pieces together into one list of raw errors:
 * - a body read as JSON and the same fields read as key:value text are one
 *   error (the richer reading wins);
 * - a code or message found in free text inside a body is that body's;
 * - a lone message next to a lone code ("APIG.0308" on one line, its
 *   error_msg on the next) is one error;
 * - each error takes the status and request id nearest to it (the status
 *   line and X-Request-Id header of its response, "error[401]" before it);
 * - with no error at all, an HTTP error status is reported on its own.
 */
import type { JsonBody } from "./extract/json";
import type { FieldGroup } from "./extract/sdk-text";
import type { ContextHint, RawError } from "./types";

const PAIR_DISTANCE = 300;
const PROSE_STATUS_DISTANCE = 400;
const STATUS_AFTER_DISTANCE = 200;
const MAX_HINT_WALK = 64;

interface Span {
  start: number;
  end: number;
}

/** Sorted, merged spans; `inside` answers by binary search. */
class SpanSet {
  private readonly spans: Span[];

  constructor(spans: Span[]) {
    const sorted = [...spans].sort((a, b) => a.start - b.start);
    const merged: Span[] = [];
    for (const s of sorted) {
      const last = merged[merged.length - 1];
      if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
      else merged.push({ ...s });
    }
    this.spans = merged;
  }

  inside(offset: number): boolean {
    let lo = 0;
    let hi = this.spans.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = this.spans[mid];
      if (offset < s.start) hi = mid - 1;
      else if (offset >= s.end) lo = mid + 1;
      else return true;
    }
    return false;
  }
}

function richness(e: RawError): number {
  return (e.code ? 4 : 0) + (e.message ? 4 : 0) + (e.httpStatus !== null ? 1 : 0) + (e.requestId ? 1 : 0);
}

/** Index of the last hint with offset < `before` (binary search), or -1. */
function lastHintBefore(hints: ContextHint[], before: number): number {
  let lo = 0;
  let hi = hints.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (hints[mid].offset < before) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Bodies (sorted, not overlapping each other) that overlap `span`. */
function overlappingBodies(bodies: JsonBody[], span: Span): JsonBody[] {
  let lo = 0;
  let hi = bodies.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (bodies[mid].end <= span.start) lo = mid + 1;
    else hi = mid;
  }
  const out: JsonBody[] = [];
  for (let i = lo; i < bodies.length && bodies[i].start < span.end; i++) out.push(bodies[i]);
  return out;
}

export interface AssembledError extends RawError {
  /** Where the text that belongs to this error starts and ends (for reading values around it). */
  contextStart: number;
  contextEnd: number;
}

export function assemble(
  textLength: number,
  bodies: JsonBody[],
  groups: FieldGroup[],
  mentions: RawError[],
  messageHits: RawError[],
  hints: ContextHint[],
): AssembledError[] {
  // 1. JSON bodies versus key:value readings of the same text.
  const droppedBodyErrors = new Set<RawError>();
  const structured: RawError[] = [];
  for (const group of groups) {
    const overlapping = overlappingBodies(bodies, group);
    if (overlapping.length === 0) {
      structured.push(group.error);
      continue;
    }
    const bodyErrors = overlapping.flatMap((b) => b.errors);
    const best = Math.max(...bodyErrors.map(richness));
    if (richness(group.error) > best) {
      for (const e of bodyErrors) if (!e.code || e.code === group.error.code || !e.message) droppedBodyErrors.add(e);
      structured.push(group.error);
    }
  }
  for (const body of bodies) for (const e of body.errors) if (!droppedBodyErrors.has(e)) structured.push(e);

  // 2. Free-text finds inside a body belong to it.
  const covered = new SpanSet(structured.map((e) => ({ start: e.offset, end: e.end })));
  const codeMentions = mentions.filter((m) => !covered.inside(m.offset));
  const freeMessages = messageHits.filter((m) => !covered.inside(m.offset));

  // 3. Pair lone messages with lone codes close by.
  const codeOnly = [...structured.filter((e) => e.code && !e.message), ...codeMentions].sort((a, b) => a.offset - b.offset);
  const messageOnly = [...structured.filter((e) => !e.code && e.message), ...freeMessages].sort((a, b) => a.offset - b.offset);
  const used = new Set<RawError>();
  const absorbed = new Set<RawError>();
  for (const m of messageOnly) {
    // Nearest unused code before or after the message.
    let lo = 0;
    let hi = codeOnly.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (codeOnly[mid].offset < m.offset) lo = mid + 1;
      else hi = mid;
    }
    let best: RawError | null = null;
    let bestGap = Infinity;
    for (let i = lo - 1, steps = 0; i >= 0 && steps < 8; i--, steps++) {
      const c = codeOnly[i];
      if (used.has(c)) continue;
      const gap = m.offset - c.end;
      if (gap <= PAIR_DISTANCE && gap < bestGap) {
        best = c;
        bestGap = Math.max(gap, 0);
      }
      break;
    }
    for (let i = lo, steps = 0; i < codeOnly.length && steps < 8; i++, steps++) {
      const c = codeOnly[i];
      if (used.has(c)) continue;
      const gap = c.offset - m.end;
      // A code after its message counts only when it is nearer than one before it.
      if (gap <= PAIR_DISTANCE && gap < bestGap) {
        best = c;
        bestGap = gap;
      }
      break;
    }
    if (best) {
      used.add(best);
      absorbed.add(m);
      best.message = m.message;
      best.httpStatus = best.httpStatus ?? m.httpStatus;
      best.requestId = best.requestId ?? m.requestId;
      if (m.structured && !best.structured) best.source = m.source;
      best.structured = best.structured || m.structured;
      const start = Math.min(best.offset, m.offset);
      best.end = Math.max(best.end, m.end);
      best.offset = start;
    }
  }

  const errors = [...structured, ...codeMentions, ...freeMessages]
    .filter((e) => !absorbed.has(e))
    .sort((a, b) => a.offset - b.offset || a.end - b.end);

  // 4. Status and request id from the hints nearest to each error.
  const usedHints = new Set<ContextHint>();
  const out: AssembledError[] = [];
  let prevEnd = 0;
  for (let i = 0; i < errors.length; i++) {
    const e = errors[i];
    const nextStart = i + 1 < errors.length ? errors[i + 1].offset : textLength;
    const lowBound = Math.min(prevEnd, e.offset);
    const last = lastHintBefore(hints, e.end);
    if (e.httpStatus === null) {
      for (let k = last, steps = 0; k >= 0 && steps < MAX_HINT_WALK; k--, steps++) {
        const h = hints[k];
        if (h.offset < lowBound) break;
        if (h.kind !== "status") continue;
        if (!h.statusLine && h.offset < e.offset - PROSE_STATUS_DISTANCE) break;
        e.httpStatus = Number(h.value);
        usedHints.add(h);
        break;
      }
    }
    if (e.httpStatus === null) {
      for (let k = last + 1, steps = 0; k < hints.length && steps < MAX_HINT_WALK; k++, steps++) {
        const h = hints[k];
        if (h.offset >= nextStart || h.offset > e.end + STATUS_AFTER_DISTANCE) break;
        if (h.kind !== "status") continue;
        e.httpStatus = Number(h.value);
        usedHints.add(h);
        break;
      }
    } else {
      // Mark the hint that agrees with the error's own status as used.
      for (let k = last, steps = 0; k >= 0 && steps < 8; k--, steps++) {
        const h = hints[k];
        if (h.offset < lowBound) break;
        if (h.kind === "status" && Number(h.value) === e.httpStatus) usedHints.add(h);
      }
    }
    if (!e.requestId) {
      let found: ContextHint | null = null;
      for (let k = last, steps = 0; k >= 0 && steps < MAX_HINT_WALK; k--, steps++) {
        const h = hints[k];
        if (h.offset < lowBound) break;
        if (h.kind === "requestId") {
          found = h;
          break;
        }
      }
      if (!found) {
        for (let k = last + 1, steps = 0; k < hints.length && steps < MAX_HINT_WALK; k++, steps++) {
          const h = hints[k];
          if (h.offset >= nextStart) break;
          if (h.kind === "requestId") {
            found = h;
            break;
          }
        }
      }
      if (found) {
        e.requestId = found.value;
        usedHints.add(found);
      }
    }
    out.push({ ...e, contextStart: Math.max(lowBound, e.offset - 600), contextEnd: Math.min(nextStart, e.end + 300) });
    prevEnd = Math.max(prevEnd, e.end);
  }

  // 5. Nothing else: an HTTP error status on its own.
  if (out.length === 0) {
    const seen = new Set<string>();
    for (const h of hints) {
      if (h.kind !== "status" || Number(h.value) < 400 || seen.has(h.value)) continue;
      seen.add(h.value);
      const requestId = hints.find((r) => r.kind === "requestId" && r.offset > h.offset)?.value ?? hints.find((r) => r.kind === "requestId")?.value ?? null;
      out.push({
        code: null,
        message: null,
        httpStatus: Number(h.value),
        requestId,
        offset: h.offset,
        end: h.offset + 3,
        source: h.statusLine ? "http" : "text",
        structured: false,
        contextStart: Math.max(0, h.offset - 600),
        contextEnd: Math.min(textLength, h.offset + 600),
      });
    }
  }
  return out;
}
