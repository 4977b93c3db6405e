/**
 * Line numbers of a text: where each line starts, which line an offset is
 * on (binary search), and the text of a line. Lines are split at "\n"; a
 * "\r" before it stays part of the line's text but not of its content.
 */
export class LineIndex {
  /** Offset of the first character of each line. */
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", at + 1)) this.starts.push(at + 1);
  }

  get count(): number {
    return this.starts.length;
  }

  /** 0-based line of `offset`. */
  lineOf(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Offset of the first character of 0-based `line`. */
  start(line: number): number {
    return this.starts[line]!;
  }

  /** Offset just past the last character of 0-based `line` (its "\n" or the end of the text), without a trailing "\r". */
  end(line: number): number {
    let end = line + 1 < this.starts.length ? this.starts[line + 1]! - 1 : this.text.length;
    if (end > this.starts[line]! && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  /** The text of 0-based `line`, without its line break. */
  line(line: number): string {
    return this.text.slice(this.starts[line], this.end(line));
  }

  /** True when 0-based `line` holds only spaces. */
  blank(line: number): boolean {
    const end = this.end(line);
    for (let i = this.starts[line]!; i < end; i++) {
      const c = this.text.charCodeAt(i);
      if (c !== 32 && c !== 9) return false;
    }
    return true;
  }
}
