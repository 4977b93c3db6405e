/**
 * A forgiving reader for JSON and its cousins: JavaScript objects printed by
 * Node (unquoted keys, single quotes, `'a' +\n 'b'`, `[Object]`), Python dict
 * reprs (None/True/False), trailing or doubled commas, missing commas, and
 * text that is cut off. It never throws: when it meets something it cannot
 * read, it stops and returns what it had read so far, with the position it
 * stopped at. Iterative over characters, recursive only over nesting, which
 * is capped, so it runs in linear time on any input.
 */

export interface LooseObject {
  type: "object";
  entries: Array<[string, LooseValue]>;
}

export interface LooseArray {
  type: "array";
  items: LooseValue[];
}

export type LooseValue = string | number | boolean | null | LooseObject | LooseArray;

export interface LooseFlavor {
  singleQuotes: boolean;
  unquotedKeys: boolean;
  pythonLiterals: boolean;
}

export interface LooseParse {
  value: LooseValue;
  /** Position after the last character read. */
  end: number;
  /** False when the text was cut off or broken before the value closed. */
  complete: boolean;
  flavor: LooseFlavor;
}

const MAX_DEPTH = 48;

const LITERALS: Record<string, LooseValue> = {
  true: true,
  false: false,
  null: null,
  undefined: null,
  NaN: null,
  Infinity: null,
  True: true,
  False: false,
  None: null,
};

function isIdentStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36;
}

function isIdentPart(c: number): boolean {
  return isIdentStart(c) || (c >= 48 && c <= 57) || c === 45;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

const COMMA = 44;
const CLOSE_BRACE = 125;
const CLOSE_BRACKET = 93;

class Reader {
  pos: number;
  failed = false;
  depth = 0;
  flavor: LooseFlavor = { singleQuotes: false, unquotedKeys: false, pythonLiterals: false };

  constructor(
    private readonly s: string,
    start: number,
    private readonly limit: number,
  ) {
    this.pos = start;
  }

  /** Where character `code` next occurs within `reach` characters of the position, or -1: never a scan to the end of the text. */
  private closeWithin(code: number, reach: number): number {
    const end = Math.min(this.limit, this.pos + reach + 1);
    for (let i = this.pos; i < end; i++) if (this.s.charCodeAt(i) === code) return i;
    return -1;
  }

  private ws(): void {
    const s = this.s;
    while (this.pos < this.limit) {
      const c = s.charCodeAt(this.pos);
      if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0xfeff) this.pos++;
      else break;
    }
  }

  private fail(): null {
    this.failed = true;
    return null;
  }

  value(): LooseValue {
    this.ws();
    if (this.pos >= this.limit) return this.fail();
    const c = this.s.charCodeAt(this.pos);
    if (c === 123 /* { */) return this.object();
    if (c === 91 /* [ */) return this.array();
    if (c === 34 /* " */ || c === 39 /* ' */) return this.concatenated();
    if (isDigit(c) || c === 45 /* - */) return this.number();
    if (c === 60 /* < */) {
      // Node's `<ref *1> { ... }`: skip the marker (it is short, so look no further than that).
      const close = this.closeWithin(62 /* > */, 20);
      if (close === -1) return this.fail();
      this.pos = close + 1;
      return this.value();
    }
    if (isIdentStart(c)) return this.word();
    return this.fail();
  }

  /** A bare word: a literal, or a class name printed before an object (`AxiosHeaders {`). */
  private word(): LooseValue {
    const start = this.pos;
    const s = this.s;
    while (this.pos < this.limit && isIdentPart(s.charCodeAt(this.pos)) && this.pos - start < 64) this.pos++;
    const word = s.slice(start, this.pos);
    if (Object.hasOwn(LITERALS, word)) {
      if (word === "None" || word === "True" || word === "False") this.flavor.pythonLiterals = true;
      return LITERALS[word]!;
    }
    this.ws();
    const next = s.charCodeAt(this.pos);
    if (this.pos < this.limit && (next === 123 || next === 91)) return this.value();
    this.pos = start;
    return this.fail();
  }

  private number(): LooseValue {
    const s = this.s;
    const start = this.pos;
    if (s.charCodeAt(this.pos) === 45) this.pos++;
    const digitsStart = this.pos;
    while (this.pos < this.limit && isDigit(s.charCodeAt(this.pos))) this.pos++;
    if (this.pos === digitsStart) {
      this.pos = start;
      return this.fail();
    }
    if (s.charCodeAt(this.pos) === 46 && isDigit(s.charCodeAt(this.pos + 1))) {
      this.pos++;
      while (this.pos < this.limit && isDigit(s.charCodeAt(this.pos))) this.pos++;
    }
    const e = s.charCodeAt(this.pos);
    if (e === 101 || e === 69) {
      let p = this.pos + 1;
      const sign = s.charCodeAt(p);
      if (sign === 43 || sign === 45) p++;
      if (isDigit(s.charCodeAt(p))) {
        this.pos = p;
        while (this.pos < this.limit && isDigit(s.charCodeAt(this.pos))) this.pos++;
      }
    }
    // A number glued to letters (a hex id such as 5a63...) is not a number.
    if (this.pos < this.limit && isIdentStart(s.charCodeAt(this.pos))) {
      this.pos = start;
      return this.fail();
    }
    return Number(s.slice(start, this.pos));
  }

  /** A string, or several joined with `+` as Node prints long strings. */
  private concatenated(): LooseValue {
    let out = this.string();
    if (this.failed) return out;
    for (;;) {
      const save = this.pos;
      this.ws();
      if (this.s.charCodeAt(this.pos) !== 43 /* + */) {
        this.pos = save;
        return out;
      }
      this.pos++;
      this.ws();
      const c = this.s.charCodeAt(this.pos);
      if (c !== 34 && c !== 39) {
        this.pos = save;
        return out;
      }
      out += this.string();
      if (this.failed) return out;
    }
  }

  /** Reads a quoted string. Cut off at the end of the text, it returns what there is. */
  string(): string {
    const s = this.s;
    const quote = s.charCodeAt(this.pos);
    if (quote === 39) this.flavor.singleQuotes = true;
    this.pos++;
    let out = "";
    let runStart = this.pos;
    while (this.pos < this.limit) {
      const c = s.charCodeAt(this.pos);
      if (c === quote) {
        out += s.slice(runStart, this.pos);
        this.pos++;
        return out;
      }
      if (c === 92 /* \ */) {
        out += s.slice(runStart, this.pos);
        const e = s[this.pos + 1];
        this.pos += 2;
        switch (e) {
          case "n":
            out += "\n";
            break;
          case "t":
            out += "\t";
            break;
          case "r":
            out += "\r";
            break;
          case "b":
          case "f":
            break;
          case "u": {
            const hex = s.slice(this.pos, this.pos + 4);
            if (/^[0-9a-fA-F]{4}$/.test(hex)) {
              out += String.fromCharCode(parseInt(hex, 16));
              this.pos += 4;
            } else out += "\\u";
            break;
          }
          case "x": {
            const hex = s.slice(this.pos, this.pos + 2);
            if (/^[0-9a-fA-F]{2}$/.test(hex)) {
              out += String.fromCharCode(parseInt(hex, 16));
              this.pos += 2;
            } else out += "\\x";
            break;
          }
          case undefined:
            break;
          default:
            out += e;
        }
        runStart = this.pos;
        continue;
      }
      this.pos++;
    }
    out += s.slice(runStart, Math.min(this.pos, this.limit));
    this.pos = this.limit;
    this.failed = true;
    return out;
  }

  private key(): string | null {
    const s = this.s;
    const c = s.charCodeAt(this.pos);
    if (c === 34 || c === 39) return this.string();
    if (isIdentStart(c) || isDigit(c)) {
      const start = this.pos;
      while (this.pos < this.limit && isIdentPart(s.charCodeAt(this.pos)) && this.pos - start < 128) this.pos++;
      this.flavor.unquotedKeys = true;
      return s.slice(start, this.pos);
    }
    return null;
  }

  private object(): LooseObject {
    const obj: LooseObject = { type: "object", entries: [] };
    if (++this.depth > MAX_DEPTH) {
      this.fail();
      return obj;
    }
    this.pos++; // {
    const s = this.s;
    for (;;) {
      if (this.beforeItem(CLOSE_BRACE) !== "item") break;
      const key = this.key();
      if (key === null || this.failed) {
        this.fail();
        break;
      }
      this.ws();
      const colon = s.charCodeAt(this.pos);
      if (colon !== 58 /* : */ && colon !== 61 /* = */) {
        this.fail();
        break;
      }
      this.pos++;
      const value = this.value();
      obj.entries.push([key, value]);
      if (this.failed) break;
      const after = this.afterItem(CLOSE_BRACE);
      if (after === "more") continue;
      if (after === "closed") break;
      // A missing comma between two pairs: carry on when a key follows.
      const c = s.charCodeAt(this.pos);
      if (c === 34 || c === 39 || isIdentStart(c)) continue;
      this.fail();
      break;
    }
    this.depth--;
    return obj;
  }

  private array(): LooseValue {
    const s = this.s;
    // Node's placeholders: [Object], [Array], [Function: name], [Circular *1], [Getter];
    // and its tags before an object: `[Object: null prototype] {`, `Object [AxiosHeaders] {`.
    const next = s.charCodeAt(this.pos + 1);
    if (next >= 65 && next <= 90) {
      const close = this.closeWithin(CLOSE_BRACKET, 100);
      if (close !== -1) {
        this.pos = close + 1;
        const save = this.pos;
        this.ws();
        if (s.charCodeAt(this.pos) === 123 /* { */) return this.object();
        this.pos = save;
        return null;
      }
    }
    const arr: LooseArray = { type: "array", items: [] };
    if (++this.depth > MAX_DEPTH) {
      this.fail();
      return arr;
    }
    this.pos++; // [
    for (;;) {
      if (this.beforeItem(CLOSE_BRACKET) !== "item") break;
      arr.items.push(this.value());
      if (this.failed) break;
      const after = this.afterItem(CLOSE_BRACKET);
      if (after === "more") continue;
      if (after === "other") this.fail();
      break;
    }
    this.depth--;
    return arr;
  }

  /**
   * Before an item of an object or array: skips stray commas. "closed" when the
   * closing bracket was consumed; "end" (and the parse failed) when the text ran out.
   */
  private beforeItem(close: number): "item" | "closed" | "end" {
    this.ws();
    let c = this.s.charCodeAt(this.pos);
    while (c === COMMA) {
      this.pos++;
      this.ws();
      c = this.s.charCodeAt(this.pos);
    }
    if (this.pos >= this.limit) {
      this.fail();
      return "end";
    }
    if (c === close) {
      this.pos++;
      return "closed";
    }
    return "item";
  }

  /** After an item: consumes a comma ("more") or the closing bracket ("closed"); anything else is left to the caller. */
  private afterItem(close: number): "more" | "closed" | "other" {
    this.ws();
    const c = this.s.charCodeAt(this.pos);
    if (c === COMMA) {
      this.pos++;
      return "more";
    }
    if (c === close) {
      this.pos++;
      return "closed";
    }
    return "other";
  }
}

/**
 * Reads one value starting at `start` (which should be `{` or `[`).
 * `limit` bounds how far it may read.
 */
export function parseLoose(text: string, start = 0, limit = text.length): LooseParse {
  const reader = new Reader(text, start, Math.min(limit, text.length));
  const value = reader.value();
  return {
    value,
    end: Math.max(reader.pos, start + 1),
    complete: !reader.failed,
    flavor: reader.flavor,
  };
}

export function isLooseObject(value: LooseValue): value is LooseObject {
  return typeof value === "object" && value !== null && value.type === "object";
}

export function isLooseArray(value: LooseValue): value is LooseArray {
  return typeof value === "object" && value !== null && value.type === "array";
}
