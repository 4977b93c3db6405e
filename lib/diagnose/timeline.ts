/**
 * Errors over time: reads the timestamps a log writes (as the classifier
 * copied them from the paste) and counts each error per minute, or per a
 * wider bucket when the paste spans hours or days. Pure, so the page, the
 * share link and the tests use it alike. A time it cannot read is skipped.
 */
import type { Locale } from "../i18n/locales";
import { diagnoseMessages } from "../i18n/messages/diagnose";
import { MAX_BUCKETS } from "./limits";

/** A timestamp read from the paste. */
export interface LogTime {
  /** Milliseconds since 1970; a time without a zone is taken as written (its wall clock, as if UTC). */
  ms: number;
  /** The time said which zone it is in (Z, GMT, +08:00), so `ms` is true UTC. */
  zoned: boolean;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

// 2024-05-01 10:00:03,123 · 2026-11-27T14:12:13.604 · 2024/05/01 10:00:03 · 2024-05-01T10:00:03Z · [2024-05-01 10:00:03] · 2024-05-01 10:00:03+08:00
const NUMERIC =
  /(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:T|[ \t]+)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?[ \t]*(Z|UTC|GMT|[+-]\d{2}:?\d{2})?(?![\d:])/i;
// 2024年05月01日 10:00:03, 2024年5月1日10时00分03秒
const CHINESE = /(\d{4})年(\d{1,2})月(\d{1,2})日[ \t]*(\d{1,2})[:时時](\d{2})(?:[:分](\d{2})秒?)?(?:[.,](\d{1,9}))?/;
// Fri, 27 Nov 2026 14:12:13 GMT (a Date header)
const HTTP_DATE =
  /(?<!\d)(\d{1,2})[ \t]+([A-Za-z]{3})[A-Za-z]*[ \t]+(\d{4})[ \t]+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:[ \t]*(GMT|UTC|Z|[+-]\d{4}))?/;
// 27/Nov/2026:14:12:13 +0000 (an access log)
const ACCESS_LOG = /(?<!\d)(\d{1,2})\/([A-Za-z]{3})\/(\d{4}):(\d{2}):(\d{2}):(\d{2})(?:[ \t]+([+-]\d{4}))?/;

/** Minutes east of UTC for "Z", "GMT", "+08:00", "-0530"; null when no zone is written. */
function zoneOffset(zone: string | undefined): number | null {
  if (!zone) return null;
  if (/^(z|utc|gmt)$/i.test(zone)) return 0;
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  if (!m) return null;
  const minutes = Number(m[2]) * 60 + Number(m[3]);
  if (Number(m[2]) > 14 || Number(m[3]) > 59) return null;
  return m[1] === "-" ? -minutes : minutes;
}

function build(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  fraction: string | undefined,
  zone: string | undefined,
): LogTime | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60) return null;
  const millis = fraction ? Number(fraction.slice(0, 3).padEnd(3, "0")) : 0;
  const ms = Date.UTC(year, month - 1, day, hour, minute, Math.min(second, 59), millis);
  const check = new Date(ms);
  // Date.UTC rolls 31 April over into 1 May: such a date is not a real one.
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  const offset = zoneOffset(zone);
  if (zone && offset === null) return null;
  return { ms: ms - (offset ?? 0) * 60_000, zoned: offset !== null };
}

/** Reads one timestamp as a log or a response writes it; null when `text` holds none. */
export function parseLogTime(text: string | null | undefined): LogTime | null {
  if (typeof text !== "string" || text.length === 0) return null;
  const sample = text.length > 200 ? text.slice(0, 200) : text;
  let m = NUMERIC.exec(sample);
  if (m) return build(+m[1]!, +m[2]!, +m[3]!, +m[4]!, +m[5]!, +(m[6] ?? 0), m[7], m[8]);
  m = CHINESE.exec(sample);
  if (m) return build(+m[1]!, +m[2]!, +m[3]!, +m[4]!, +m[5]!, +(m[6] ?? 0), m[7], undefined);
  for (const re of [HTTP_DATE, ACCESS_LOG]) {
    m = re.exec(sample);
    if (m) {
      const month = MONTHS.indexOf(m[2]!.toLowerCase()) + 1;
      if (month === 0) continue;
      return build(+m[3]!, month, +m[1]!, +m[4]!, +m[5]!, +(m[6] ?? 0), undefined, m[7]);
    }
  }
  return null;
}

/** The errors of one finding to place on the timeline. */
export interface TimelineInput {
  /** Stable key of the series (the finding's index). */
  key: string;
  /** What the legend calls it (APIG.0308, "HTTP 502, no code"). */
  label: string;
  /** The timestamp of each occurrence, as written; null or unreadable ones are skipped. */
  times: readonly (string | null)[];
}

export interface TimelineSeries {
  key: string;
  label: string;
  /** Errors in each bucket, bucket 0 first. */
  counts: number[];
}

export interface TimelineData {
  /** Start of the first bucket (ms since 1970, see LogTime.ms). */
  start: number;
  /** Width of one bucket in minutes (1 unless the paste spans more than MAX_BUCKETS minutes). */
  bucketMinutes: number;
  /** Number of buckets; every series has this many counts. */
  buckets: number;
  series: TimelineSeries[];
  /** "utc" when every time named its zone, "as-written" when none did, "mixed" otherwise. */
  clock: "utc" | "as-written" | "mixed";
  /** Occurrences placed on the timeline. */
  placed: number;
  /** Times that were written but could not be read. */
  skipped: number;
}

/** The most series drawn in their own colour; the rest are summed as "Other errors". */
export const MAX_SERIES = 8;

const BUCKET_STEPS = [1, 2, 5, 10, 15, 30, 60, 120, 180, 360, 720, 1440];
const MINUTE = 60_000;

/** Bars needed for times from `min` to `max` (ms) with buckets of `minutes`, aligned to the bucket width. */
function bucketsFor(min: number, max: number, minutes: number): { start: number; buckets: number } {
  const width = minutes * MINUTE;
  const start = Math.floor(min / width) * width;
  return { start, buckets: Math.floor((max - start) / width) + 1 };
}

/** The narrowest bucket (in minutes) that fits times from `min` to `max` (ms) into at most MAX_BUCKETS bars. */
export function bucketMinutesFor(min: number, max: number): number {
  for (const step of BUCKET_STEPS) if (bucketsFor(min, max, step).buckets <= MAX_BUCKETS) return step;
  let days = Math.ceil((max - min) / (1440 * MINUTE) / (MAX_BUCKETS - 1));
  while (bucketsFor(min, max, days * 1440).buckets > MAX_BUCKETS) days++;
  return days * 1440;
}

/**
 * Errors per minute (or wider bucket), per series. Null when no time could
 * be read. Series beyond MAX_SERIES (the smallest) are summed into one.
 */
export function buildTimeline(inputs: readonly TimelineInput[]): TimelineData | null {
  const parsed: { index: number; ms: number }[] = [];
  let skipped = 0;
  let zoned = 0;
  inputs.forEach((input, index) => {
    for (const time of input.times) {
      if (time === null || time === undefined || time === "") continue;
      const t = parseLogTime(time);
      if (!t) {
        skipped++;
        continue;
      }
      if (t.zoned) zoned++;
      parsed.push({ index, ms: t.ms });
    }
  });
  if (parsed.length === 0) return null;

  let min = Infinity;
  let max = -Infinity;
  for (const p of parsed) {
    if (p.ms < min) min = p.ms;
    if (p.ms > max) max = p.ms;
  }
  const bucketMinutes = bucketMinutesFor(min, max);
  const width = bucketMinutes * MINUTE;
  const { start, buckets } = bucketsFor(min, max, bucketMinutes);

  const all = inputs.map((input) => ({ key: input.key, label: input.label, counts: new Array<number>(buckets).fill(0) }));
  for (const p of parsed) all[p.index]!.counts[Math.floor((p.ms - start) / width)]!++;

  const withErrors = all.filter((s) => s.counts.some((c) => c > 0));
  let series = withErrors;
  if (withErrors.length > MAX_SERIES) {
    const total = (s: TimelineSeries) => s.counts.reduce((a, b) => a + b, 0);
    const kept = new Set([...withErrors].sort((a, b) => total(b) - total(a)).slice(0, MAX_SERIES - 1));
    // Labelled in English like every series (a share link carries them); the page shows them in its language (seriesLabel).
    const other: TimelineSeries = {
      key: "other",
      label: diagnoseMessages.en.labels.otherErrors,
      counts: new Array<number>(buckets).fill(0),
    };
    for (const s of withErrors) {
      if (kept.has(s)) continue;
      for (const [i, c] of s.counts.entries()) other.counts[i]! += c;
    }
    series = [...withErrors.filter((s) => kept.has(s)), other];
  }

  const clock = zoned === parsed.length ? "utc" : zoned === 0 ? "as-written" : "mixed";
  return { start, bucketMinutes, buckets, series, clock, placed: parsed.length, skipped };
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** "2024-05-01 10:03" for the start of bucket `i`. */
export function bucketLabel(data: Pick<TimelineData, "start" | "bucketMinutes">, i: number): string {
  const d = new Date(data.start + i * data.bucketMinutes * MINUTE);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/** "minute", "5 minutes", "hour", "day" (分钟, 5分钟, 小时, 天 in Chinese) */
export function bucketName(bucketMinutes: number, locale: Locale = "en"): string {
  const units = diagnoseMessages[locale].timeline.units;
  if (bucketMinutes === 1) return units.minute;
  if (bucketMinutes === 60) return units.hour;
  if (bucketMinutes === 1440) return units.day;
  if (bucketMinutes % 1440 === 0) return units.days(bucketMinutes / 1440);
  if (bucketMinutes % 60 === 0) return units.hours(bucketMinutes / 60);
  return units.minutes(bucketMinutes);
}

/** The total of every bucket (all series), for the bars' scale. */
export function bucketTotals(data: TimelineData): number[] {
  const totals = new Array<number>(data.buckets).fill(0);
  for (const s of data.series) {
    for (const [i, c] of s.counts.entries()) totals[i]! += c;
  }
  return totals;
}

/** The timeline of a paste's findings, one series per code (findings with the same label share one), from their occurrences' times. */
export function findingsTimeline(
  findings: readonly { occurrences?: readonly { time: string | null }[] }[],
  labelOf: (index: number) => string,
): TimelineData | null {
  const byLabel = new Map<string, TimelineInput & { times: (string | null)[] }>();
  findings.forEach((f, i) => {
    const label = labelOf(i);
    const series = byLabel.get(label) ?? { key: label, label, times: [] };
    for (const o of f.occurrences ?? []) series.times.push(o.time);
    byLabel.set(label, series);
  });
  return buildTimeline([...byLabel.values()]);
}
