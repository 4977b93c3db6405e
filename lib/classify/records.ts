/**
 * The log structure around an error. A log record starts at a line that
 * carries a timestamp near its start (the record's head); lines after it
 * without a timestamp of their own (a stack trace, a pretty-printed body)
 * belong to it, up to a blank line or the next head. An error takes the
 * time of its own line or of the record it belongs to, never of an
 * unrelated line above.
 */
import type { LineIndex } from "./lines";
import { CONTEXT_WINDOW } from "./limits";

// Date and time as logs write them: 2024-05-01 10:00:03,123, 2024-05-01T10:00:03.123Z,
// 2024/05/01 10:00:03 (Go), 2024-05-01 10:00:03 +0800, 2024年05月01日 10:00:03,
// May  1 10:00:03 (syslog). Bounded runs only.
const TIMESTAMP =
  /(?<![\d-])\d{4}[-/.]\d{1,2}[-/.]\d{1,2}[T ]\d{1,2}:\d\d:\d\d(?:[.,]\d{1,9})?(?:Z|[ ]?[+-]\d\d:?\d\d(?!\d))?|(?<!\d)\d{4}年\d{1,2}月\d{1,2}日[ T]?\d{1,2}[:：]\d\d[:：]\d\d(?:[.,]\d{1,9})?|(?<![A-Za-z])(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[ ]{1,2}\d{1,2} \d\d:\d\d:\d\d(?:[.,]\d{1,6})?/g;

// A structured log's time field: {"time":"2024-05-01T10:00:03Z",...}, ts=..., "@timestamp": ...
const TIME_FIELD = /(?<![A-Za-z0-9_])["']?(?:@timestamp|timestamp|time|ts|datetime|logtime)["']?[ \t]*[:=][ \t]*["']?(?=\d{4}[-/.]\d)/gi;

// A time of day alone at the very start of a line ("11:18:33 api.go:102: ..."), as some loggers print.
const LEADING_CLOCK = /^[ \t]*\[?(\d{1,2}:\d\d:\d\d(?:[.,]\d{1,9})?)\]?(?=[ \t])/;

/** How far into a line a record's timestamp may start (after a level, a thread name, a bracket). */
const HEAD_PREFIX = 80;
/** How many lines up an error looks for the head of its record. */
const MAX_RECORD_LINES = 400;

/** A timestamp inside text[from, to) (a short stretch), skipping a token's expiry time. */
function timestampIn(text: string, from: number, to: number): string | null {
  const stretch = text.slice(from, to);
  TIMESTAMP.lastIndex = 0;
  for (let m = TIMESTAMP.exec(stretch); m; m = TIMESTAMP.exec(stretch)) {
    const before = stretch.slice(Math.max(0, m.index - 24), m.index).toLowerCase();
    if (!before.includes("expire")) return m[0];
  }
  return null;
}

/** How far before an error its own line is read for a timestamp. */
const OWN_LINE_REACH = 300;
/** How far into a line a structured log's time field is looked for. */
const TIME_FIELD_REACH = CONTEXT_WINDOW;

export class LogRecords {
  /** Per line: undefined until read, then the record timestamp at its start or null. */
  private readonly heads: Array<string | null | undefined> = [];

  constructor(private readonly lines: LineIndex) {}

  /** A Markdown code fence: "```" after any indent. */
  private isFence(line: number): boolean {
    const start = this.lines.start(line);
    return this.lines.text
      .slice(start, start + 40)
      .trimStart()
      .startsWith("```");
  }

  /** The timestamp a line starts with (within its first characters), or null. */
  headTime(line: number): string | null {
    const known = this.heads[line];
    if (known !== undefined) return known;
    const start = this.lines.start(line);
    const end = this.lines.end(line);
    const text = this.lines.text;
    let time = timestampIn(text, start, Math.min(end, start + HEAD_PREFIX));
    if (!time) time = LEADING_CLOCK.exec(text.slice(start, Math.min(end, start + 40)))?.[1] ?? null;
    this.heads[line] = time;
    return time;
  }

  /**
   * The head line of the record `line` belongs to: itself when it carries
   * a timestamp, else the nearest line above with one, as long as no blank
   * line or code fence comes between. -1 when there is none.
   */
  headOf(line: number): number {
    for (let l = line, steps = 0; l >= 0 && steps < MAX_RECORD_LINES; l--, steps++) {
      if (this.headTime(l) !== null) return l;
      if (l !== line && (this.lines.blank(l) || this.isFence(l))) return -1;
    }
    return -1;
  }

  /** The last line of the record that holds `line`: down to before a blank line, a fence or the next head. */
  lastLineOf(line: number, maxLines = 50): number {
    let last = line;
    for (let l = line + 1; l < this.lines.count && l - line <= maxLines; l++) {
      if (this.lines.blank(l) || this.headTime(l) !== null || this.isFence(l)) break;
      last = l;
    }
    return last;
  }

  /**
   * When an error at `offset` happened, by the log: a timestamp before it on
   * its own line, else its record's head timestamp. Null outside a log.
   */
  timeAt(offset: number): string | null {
    const line = this.lines.lineOf(offset);
    const own = timestampIn(this.lines.text, Math.max(this.lines.start(line), offset - OWN_LINE_REACH), offset);
    if (own) return own;
    const head = this.headOf(line);
    if (head === line) return this.headTime(head);
    return this.timeField(line) ?? (head === -1 ? null : this.headTime(head));
  }

  /** The value of a structured log's time field on `line` ({"level":"error",...,"ts":"2024-..."}), or null. */
  private timeField(line: number): string | null {
    const start = this.lines.start(line);
    const stretch = this.lines.text.slice(start, Math.min(this.lines.end(line), start + TIME_FIELD_REACH));
    TIME_FIELD.lastIndex = 0;
    const m = TIME_FIELD.exec(stretch);
    return m ? timestampIn(stretch, m.index + m[0].length, m.index + m[0].length + 40) : null;
  }
}
