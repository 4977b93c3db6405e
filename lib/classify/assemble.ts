/**
 * Puts the extractors' pieces together into one list of raw errors, in
 * order of position:
 * - a body read as JSON and the same fields read as key:value text are one
 *   error (the richer reading wins);
 * - a code or message found in free text inside a body (JSON or XML) is
 *   that body's;
 * - a lone message next to a lone code ("APIG.0308" on one line, its
 *   error_msg on the next) is one error.
 * locate.ts then gives each its status, request ids, time and lines.
 */
import type { JsonBody } from "./extract/json";
import type { FieldGroup } from "./extract/sdk-text";
import type { RawError } from "./types";

const PAIR_DISTANCE = 300;

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

  /** True when [start, end) overlaps a span. */
  overlaps(start: number, end: number): boolean {
    let lo = 0;
    let hi = this.spans.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = this.spans[mid]!;
      if (end <= s.start) hi = mid - 1;
      else if (start >= s.end) lo = mid + 1;
      else return true;
    }
    return false;
  }

  inside(offset: number): boolean {
    let lo = 0;
    let hi = this.spans.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = this.spans[mid]!;
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

/** Bodies (sorted, not overlapping each other) that overlap `span`. */
function overlappingBodies(bodies: JsonBody[], span: Span): JsonBody[] {
  let lo = 0;
  let hi = bodies.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (bodies[mid]!.end <= span.start) lo = mid + 1;
    else hi = mid;
  }
  const out: JsonBody[] = [];
  for (let i = lo; i < bodies.length && bodies[i]!.start < span.end; i++) out.push(bodies[i]!);
  return out;
}

/**
 * `namedErrors` are errors whose code is a word (XML <Code>, Code=AccessDenied):
 * a key:value reading of the same text that found no code is theirs.
 */
export function assemble(
  bodies: JsonBody[],
  groups: FieldGroup[],
  namedErrors: RawError[],
  mentions: RawError[],
  messageHits: RawError[],
): RawError[] {
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
  if (namedErrors.length > 0) {
    const named = new SpanSet(namedErrors.map((e) => ({ start: e.offset, end: e.end })));
    const keep = structured.filter((e) => e.code || !named.overlaps(e.offset, Math.max(e.end, e.offset + 1)));
    structured.length = 0;
    structured.push(...keep, ...namedErrors);
  }

  // 2. Free-text finds inside a body belong to it; so does a message found
  // in the words around a body on its line ("Bad request with: ... {body}").
  const covered = new SpanSet(structured.map((e) => ({ start: e.offset, end: e.end })));
  const codeMentions = mentions.filter((m) => !covered.inside(m.offset));
  const freeMessages = messageHits.filter((m) => !covered.overlaps(m.offset, m.end));

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
      if (codeOnly[mid]!.offset < m.offset) lo = mid + 1;
      else hi = mid;
    }
    let best: RawError | null = null;
    let bestGap = Infinity;
    for (let i = lo - 1, steps = 0; i >= 0 && steps < 8; i--, steps++) {
      const c = codeOnly[i]!;
      if (used.has(c)) continue;
      const gap = m.offset - c.end;
      if (gap <= PAIR_DISTANCE && gap < bestGap) {
        best = c;
        bestGap = Math.max(gap, 0);
      }
      break;
    }
    for (let i = lo, steps = 0; i < codeOnly.length && steps < 8; i++, steps++) {
      const c = codeOnly[i]!;
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

  return errors;
}
