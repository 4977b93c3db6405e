/**
 * Turns one finding per sighting into one finding per distinct error, and
 * counts how many times each happened.
 *
 * Which sightings are one error:
 * - the same code (or, without a code, the same entry or status) with the
 *   same message;
 * - a code named on its own joins the fuller report of the same code;
 * - a message found without a code joins an error whose code the paste does
 *   show, when that code's entry is one the message could mean (APIG.0301
 *   and APIGW.0301 share their messages);
 * - sightings that share a request id (a printed exception that lost its
 *   code beside the SDK's log line that kept it), unless both show codes
 *   and the codes differ;
 * - a status seen alone joins an error with the same status from the paste.
 *
 * Which sightings of one error are one occurrence (one failed call):
 * - those sharing a request id, or on the same lines;
 * - a sighting without a request id and the nearest one with an id in the
 *   same log record, or (outside a log) within a few lines: the exception
 *   printed beside the SDK's log line;
 * - a bare status without an id and the record's other sightings of it;
 * - a code named on its own and the nearest fuller sighting in its record
 *   (outside a log: anywhere in the paste).
 * Everything else is another occurrence: repeated lines of a log count.
 */
import { Matcher } from "./match";
import type { Finding, Occurrence } from "./types";

/** One error as found in one place, with where it lies in the paste's structure. */
export interface Sighting {
  finding: Finding;
  endLine: number;
  /** 1-based head line of its log record, or null outside a log. */
  recordLine: number | null;
  /** A code named in free text, with no message and no field name. */
  mentionOnly: boolean;
}

/** How many lines apart (outside a log) two printings of one call may stand. */
const SAME_CALL_LINES = 20;
/** The most occurrences a finding lists; `count` has the full number. */
export const MAX_OCCURRENCES = 10_000;

class UnionFind {
  private readonly parent: number[];

  constructor(size: number) {
    this.parent = Array.from({ length: size }, (_, i) => i);
  }

  find(i: number): number {
    let root = i;
    while (this.parent[root] !== root) root = this.parent[root]!;
    while (this.parent[i] !== root) {
      const next = this.parent[i]!;
      this.parent[i] = root;
      i = next;
    }
    return root;
  }

  /** Joins the sets of a and b; the smaller index stays the root. */
  union(a: number, b: number): number {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return ra;
    const [root, child] = ra < rb ? [ra, rb] : [rb, ra];
    this.parent[child] = root;
    return root;
  }
}

function identity(f: Finding): string {
  const who = f.code ?? f.codeAsWritten ?? (f.matchedBy === "status" ? `status:${f.httpStatus}` : `entry:${f.entrySlug}`);
  return `${who}\u0000${Matcher.messageKey(f.message)}`;
}

/** How complete a finding is: a catalogued code with its message beats a bare status. */
function strength(f: Finding): number {
  return (f.known ? 8 : 0) + (f.code ? 4 : 0) + (f.message ? 2 : 0) + (f.entrySlug ? 1 : 0);
}

/** Fills what `target` lacks from `other`. */
function fillGaps(target: Finding, other: Finding): void {
  if (target.httpStatusSource !== "paste" && other.httpStatusSource === "paste") {
    target.httpStatus = other.httpStatus;
    target.httpStatusSource = "paste";
  }
  if (!target.causeId && other.causeId && other.entrySlug === target.entrySlug) {
    target.causeId = other.causeId;
    target.causeEvidence = other.causeEvidence;
  }
  for (const [k, v] of Object.entries(other.values)) if (target.values[k] === undefined) target.values[k] = v;
}

interface Group {
  head: Finding;
  members: Sighting[];
}

function merge(into: Group, from: Group): void {
  if (strength(from.head) > strength(into.head)) {
    fillGaps(from.head, into.head);
    into.head = from.head;
  } else fillGaps(into.head, from.head);
  into.members.push(...from.members);
}

function messagesAgree(a: string | null, b: string | null): boolean {
  const ka = Matcher.messageKey(a);
  const kb = Matcher.messageKey(b);
  return ka.length > 0 && kb.length > 0 && (ka.startsWith(kb) || kb.startsWith(ka));
}

/** Sightings grouped into errors. */
function groupErrors(sightings: Sighting[]): Group[] {
  const byIdentity = new Map<string, Group>();
  const groups: Group[] = [];
  const add = (s: Sighting) => {
    const key = identity(s.finding);
    const prior = byIdentity.get(key);
    if (prior) merge(prior, { head: s.finding, members: [s] });
    else {
      const g = { head: s.finding, members: [s] };
      byIdentity.set(key, g);
      groups.push(g);
    }
  };
  const codeOnly: Sighting[] = [];
  for (const s of sightings) {
    if (s.finding.code && !s.finding.message) codeOnly.push(s);
    else add(s);
  }
  // A code without a message joins the first report of the same code that has one.
  const fullerByCode = new Map<string, Group>();
  for (const g of groups) {
    const code = g.head.code?.toUpperCase();
    if (code && !fullerByCode.has(code)) fullerByCode.set(code, g);
  }
  for (const s of codeOnly) {
    const fuller = fullerByCode.get(s.finding.code!.toUpperCase());
    if (fuller) merge(fuller, { head: s.finding, members: [s] });
    else add(s);
  }

  let live = groups;
  // A message without a code joins the error whose code the paste shows.
  const coded = live.filter((g) => g.head.code && g.head.entrySlug);
  if (coded.length > 0) {
    live = live.filter((g) => {
      if (g.head.code || g.head.matchedBy !== "message") return true;
      const target = coded.find(
        (c) =>
          (c.head.entrySlug === g.head.entrySlug || g.head.candidates.includes(c.head.entrySlug!)) &&
          messagesAgree(c.head.message, g.head.message),
      );
      if (!target) return true;
      merge(target, g);
      return false;
    });
  }

  // Errors that share a request id are one error.
  const uf = new UnionFind(live.length);
  const owner = new Map<string, number>();
  const codeOf = (i: number) => live[uf.find(i)]!.head.code;
  for (let i = 0; i < live.length; i++) {
    for (const s of live[i]!.members) {
      for (const id of s.finding.requestIds) {
        const j = owner.get(id);
        if (j === undefined) owner.set(id, i);
        else if (uf.find(i) !== uf.find(j)) {
          const a = codeOf(i);
          const b = codeOf(j);
          if (!a || !b || a === b) unite(live, uf, i, j);
        }
      }
    }
  }
  live = live.filter((_, i) => uf.find(i) === i);

  // A status seen alone joins the nearest error with the same status from the paste.
  const withStatus = live.filter((g) => g.head.matchedBy !== "status" && g.head.httpStatusSource === "paste");
  if (withStatus.length > 0) {
    live = live.filter((g) => {
      if (g.head.matchedBy !== "status") return true;
      const at = g.head.offset;
      let best: Group | null = null;
      for (const c of withStatus) {
        if (c.head.httpStatus !== g.head.httpStatus) continue;
        if (!best || Math.abs(c.head.offset - at) < Math.abs(best.head.offset - at)) best = c;
      }
      if (!best) return true;
      merge(best, g);
      return false;
    });
  }
  return live;
}

/** Merges group j into group i's set (the union-find root keeps the group). */
function unite(live: Group[], uf: UnionFind, i: number, j: number): void {
  const ri = uf.find(i);
  const rj = uf.find(j);
  const root = uf.union(ri, rj);
  const other = root === ri ? rj : ri;
  merge(live[root]!, live[other]!);
  live[other] = live[root]!;
}

interface Event {
  line: number;
  endLine: number;
  offset: number;
  time: string | null;
  requestIds: string[];
}

/** Lines between two sightings' spans (0 when they touch or overlap). */
function gap(a: Sighting, b: Sighting): number {
  return Math.max(0, Math.max(a.finding.firstLine, b.finding.firstLine) - Math.min(a.endLine, b.endLine));
}

/**
 * The sighting of `pool` (indexes into `ms`, sorted by first line) nearest
 * to ms[i]: the ones just before and just after it by line. -1 when none is
 * within `maxGap` lines.
 */
function nearestInPool(i: number, pool: number[], ms: Sighting[], maxGap: number): number {
  const line = ms[i]!.finding.firstLine;
  let lo = 0;
  let hi = pool.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ms[pool[mid]!]!.finding.firstLine < line) lo = mid + 1;
    else hi = mid;
  }
  let best = -1;
  for (const k of [lo - 1, lo, lo + 1]) {
    const j = pool[k];
    if (j === undefined || j === i) continue;
    const d = gap(ms[i]!, ms[j]!);
    if (d <= maxGap && (best === -1 || d < gap(ms[i]!, ms[best]!))) best = j;
  }
  return best;
}

/** Indexes of `ms` matching `keep`, grouped by record line (null outside a log), each sorted by first line. */
function poolsByRecord(order: number[], ms: Sighting[], keep: (i: number) => boolean): Map<number | null, number[]> {
  const pools = new Map<number | null, number[]>();
  for (const i of order) {
    if (!keep(i)) continue;
    const r = ms[i]!.recordLine;
    const pool = pools.get(r);
    if (pool) pool.push(i);
    else pools.set(r, [i]);
  }
  return pools;
}

/** The sightings of one error, put together into occurrences, in order of appearance. */
function occurrencesOf(members: Sighting[]): Event[] {
  const ms = [...members].sort((a, b) => a.finding.offset - b.finding.offset);
  const n = ms.length;
  const uf = new UnionFind(n);
  // Roots of the sets that hold a request id.
  const idRoots = new Set<number>();
  const hasIds = (i: number) => idRoots.has(uf.find(i));
  const join = (a: number, b: number) => {
    const carried = hasIds(a) || hasIds(b);
    const root = uf.union(a, b);
    if (carried) idRoots.add(root);
  };

  // Shared request ids.
  const owner = new Map<string, number>();
  for (let i = 0; i < n; i++) if (ms[i]!.finding.requestIds.length > 0) idRoots.add(i);
  for (let i = 0; i < n; i++) {
    for (const id of ms[i]!.finding.requestIds) {
      const j = owner.get(id);
      if (j === undefined) owner.set(id, i);
      else join(i, j);
    }
  }
  // The same lines, unless both already hold different ids.
  const byLine = [...ms.keys()].sort((a, b) => ms[a]!.finding.firstLine - ms[b]!.finding.firstLine || a - b);
  let reach = -1;
  let reachOwner = -1;
  for (const i of byLine) {
    const s = ms[i]!;
    if (s.finding.firstLine <= reach && uf.find(i) !== uf.find(reachOwner) && !(hasIds(i) && hasIds(reachOwner))) join(i, reachOwner);
    if (s.endLine > reach) {
      reach = s.endLine;
      reachOwner = i;
    }
  }
  // A sighting without an id beside one with an id: the same call printed twice
  // (in the same log record, or outside a log within a few lines).
  const withIds = poolsByRecord(byLine, ms, (i) => ms[i]!.finding.requestIds.length > 0);
  if (withIds.size > 0) {
    for (const i of byLine) {
      if (hasIds(i)) continue;
      const r = ms[i]!.recordLine;
      const j = nearestInPool(i, withIds.get(r) ?? [], ms, r === null ? SAME_CALL_LINES : Infinity);
      if (j !== -1) join(i, j);
    }
  }
  // A bare status without an id in a log record describes the same response as
  // the record's other sightings of it (the SDK's log line and the exception it raised).
  const sameRecord = poolsByRecord(byLine, ms, (i) => ms[i]!.recordLine !== null);
  for (const i of byLine) {
    const s = ms[i]!;
    if (s.recordLine === null || s.finding.code || s.finding.message || hasIds(i)) continue;
    const j = nearestInPool(i, sameRecord.get(s.recordLine) ?? [], ms, Infinity);
    if (j !== -1) join(i, j);
  }
  // A code named on its own belongs to the fuller sighting nearest to it.
  const fuller = poolsByRecord(byLine, ms, (i) => !ms[i]!.mentionOnly);
  for (const i of byLine) {
    if (!ms[i]!.mentionOnly || hasIds(i)) continue;
    const j = nearestInPool(i, fuller.get(ms[i]!.recordLine) ?? [], ms, Infinity);
    if (j !== -1) join(i, j);
  }

  const events = new Map<number, Event>();
  for (let i = 0; i < n; i++) {
    const f = ms[i]!.finding;
    const root = uf.find(i);
    const e = events.get(root);
    if (!e) {
      events.set(root, { line: f.firstLine, endLine: ms[i]!.endLine, offset: f.offset, time: f.time, requestIds: [...f.requestIds] });
      continue;
    }
    e.line = Math.min(e.line, f.firstLine);
    e.endLine = Math.max(e.endLine, ms[i]!.endLine);
    e.time = e.time ?? f.time;
    for (const id of f.requestIds) if (!e.requestIds.includes(id)) e.requestIds.push(id);
  }
  return [...events.values()].sort((a, b) => a.line - b.line || a.offset - b.offset);
}

function summarize(g: Group): Finding {
  const events = occurrencesOf(g.members);
  const f = g.head;
  const requestIds: string[] = [];
  const seen = new Set<string>();
  for (const e of events) {
    for (const id of e.requestIds) {
      if (seen.has(id)) continue;
      seen.add(id);
      requestIds.push(id);
    }
  }
  const firstEvent = events[0]!;
  const lastEvent = events[events.length - 1]!;
  const occurrences: Occurrence[] = (events.length > MAX_OCCURRENCES ? [...events.slice(0, MAX_OCCURRENCES - 1), lastEvent] : events).map(
    (e) => ({
      line: e.line,
      endLine: e.endLine,
      time: e.time,
      requestId: e.requestIds[0] ?? null,
    }),
  );
  return {
    ...f,
    requestId: requestIds[0] ?? null,
    requestIds,
    count: events.length,
    firstLine: firstEvent.line,
    lastLine: lastEvent.line,
    time: firstEvent.time,
    lastTime: lastEvent.time,
    occurrences,
    offset: g.members.reduce((min, m) => Math.min(min, m.finding.offset), Infinity),
  };
}

/** One finding per distinct error, most frequent first, ties by first appearance. */
export function groupFindings(sightings: Sighting[]): Finding[] {
  return groupErrors(sightings)
    .map(summarize)
    .sort((a, b) => b.count - a.count || a.offset - b.offset);
}
