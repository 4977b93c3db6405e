/**
 * Masks secrets in a paste before anything is shown, copied or shared.
 *
 * What is masked (the README's "What is masked" table lists the forms):
 * - values after a secret's label, in every notation a paste uses (JSON,
 *   Node-inspected objects, Python dicts, key: value headers, query strings,
 *   key=value logs, environment variables, Java properties, XML elements,
 *   escaped JSON inside a string, Chinese labels and full-width colons):
 *   passwords (also with spaces, when quoted), secrets and secret keys (SK),
 *   API keys, tokens, signatures, Authorization headers (the scheme name
 *   stays), cookies (each value; the names and Set-Cookie attributes stay);
 * - access keys (AK) after their label, whatever their case: the first four
 *   characters stay so a reader can tell keys apart; `AK/SK: <ak> / <sk>`;
 *   the key in an `X-Amz-Credential` (its date, region and service stay);
 * - passwords in URLs (`https://user:pass@host`; the user stays) and after
 *   `curl -u user:pass`;
 * - the body of PEM private keys (the BEGIN and END lines stay);
 * - credentials recognisable by their shape: IAM tokens (MII...), Bearer
 *   tokens and JWTs.
 * Everything else is left as it was: request ids, error codes and messages,
 * canonical requests and body hashes, timestamps. A mask never holds a line
 * break and never replaces one, so the paste keeps its lines.
 *
 * Linear time: each pass finds labels with a bounded regular expression and
 * reads values with `StopFinder`s, which remember where their last scan
 * ended, so no character is scanned twice by the same reader however many
 * labels point into it (`sk={sk={...`, unclosed quotes, runs of spaces).
 */

export interface Redaction {
  text: string;
  /** How many values were masked. */
  count: number;
}

export const MASK = "****";

type Kind =
  | "password" // any value; quoted values may hold spaces
  | "secret" // SK, secret keys, API keys: any value of 4+ characters; quoted values may hold spaces
  | "token" // one word of 8+ characters (tokens, signatures); "Bearer xyz" keeps its scheme
  | "header-token" // X-Auth-Token, X-Subject-Token, X-Security-Token: a token of 4+ characters
  | "auth" // an Authorization header: the scheme stays
  | "ak" // an access key (8+ letters and digits): its first four characters stay when it has 12 or more
  | "access" // the bare label "access": an AK only when it mixes letters and digits
  | "aksk" // "AK/SK: <ak> / <sk>"
  | "credential" // X-Amz-Credential: the access key before the first "/"
  | "cookie" // Cookie / Set-Cookie: every cookie's value
  | "userpass"; // curl -u user:password

interface Edit {
  start: number;
  end: number;
  text: string;
}

// ---------------------------------------------------------------------------
// Labels

const EXACT: ReadonlyMap<string, Kind> = new Map<string, Kind>([
  ["ak", "ak"],
  ["access", "access"],
  ["appkey", "ak"],
  ["secretid", "ak"],
  ["awsaccesskeyid", "ak"],
  ["sk", "secret"],
  ["aksk", "aksk"],
  ["pwd", "password"],
  ["pass", "password"],
  ["signatureprovided", "token"],
  ["xauthtoken", "header-token"],
  ["xsubjecttoken", "header-token"],
  ["xsecuritytoken", "header-token"],
  ["cookies", "cookie"],
  ["密码", "password"],
  ["口令", "password"],
  ["密钥", "secret"],
  ["私钥", "secret"],
  ["秘密访问密钥", "secret"],
  ["令牌", "token"],
  ["安全令牌", "token"],
  ["访问密钥id", "ak"],
  ["访问密钥", "ak"],
]);

// Checked in order: "secretaccesskey" before "accesskey", "accesskeysecret" as a secret.
const SUFFIXES: ReadonlyArray<readonly [string, Kind]> = [
  ["authorization", "auth"],
  ["cookie", "cookie"],
  ["secretaccesskey", "secret"],
  ["secretkey", "secret"],
  ["privatekey", "secret"],
  ["apikey", "secret"],
  ["subscriptionkey", "secret"],
  ["appcode", "secret"],
  ["secret", "secret"],
  ["password", "password"],
  ["passwd", "password"],
  ["passphrase", "password"],
  ["accesskeyid", "ak"],
  ["accesskey", "ak"],
  ["credential", "credential"],
  ["signature", "token"],
  ["token", "token"],
];

// Labels of several words ("Access Key ID", "Secret Access Key", "AK/SK"), read backwards from their last word.
const PHRASES: ReadonlyMap<string, Kind> = new Map<string, Kind>([
  ["secretaccesskey", "secret"],
  ["accesskeyid", "ak"],
  ["accesskey", "ak"],
  ["secretkey", "secret"],
  ["apikey", "secret"],
  ["privatekey", "secret"],
  ["clientsecret", "secret"],
  ["appsecret", "secret"],
  ["aksk", "aksk"],
  ["securitytoken", "token"],
  ["sessiontoken", "token"],
  ["accesstoken", "token"],
  ["authtoken", "token"],
]);
const PHRASE_ENDS = new Set(["id", "key", "sk", "secret", "token"]);

/** Lower case without `_` and `-`. */
function squash(lower: string): string {
  let out = "";
  for (let i = 0; i < lower.length; i++) {
    const c = lower[i];
    if (c !== "_" && c !== "-") out += c;
  }
  return out;
}

function kindOfName(lower: string): Kind | null {
  const n = squash(lower);
  const exact = EXACT.get(n);
  if (exact) return exact;
  // Environment and header style: HUAWEICLOUD_SDK_AK, OBS-SK.
  if (lower.endsWith("_ak") || lower.endsWith("-ak")) return "ak";
  if (lower.endsWith("_sk") || lower.endsWith("-sk")) return "secret";
  for (const [suffix, kind] of SUFFIXES) if (n.endsWith(suffix)) return kind;
  return null;
}

const kindCache = new Map<string, Kind | null>();

/** What a key names; `spring.datasource.password` is read by its last part, then whole. */
function kindOfKey(raw: string): Kind | null {
  if (raw.length === 0 || raw.length > 96) return null;
  const cached = kindCache.get(raw);
  if (cached !== undefined) return cached;
  const kind = readKind(raw);
  if (kindCache.size >= 4096) kindCache.clear();
  kindCache.set(raw, kind);
  return kind;
}

function readKind(raw: string): Kind | null {
  const lower = raw.toLowerCase();
  const dot = lower.lastIndexOf(".");
  if (dot === -1) return kindOfName(lower);
  return kindOfName(lower.slice(dot + 1)) ?? kindOfName(lower);
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isAlnum(c: number): boolean {
  return isLetter(c) || isDigit(c);
}

/** A label of several words ending at `keyStart + key.length`: "Access Key ID", "AK/SK", "API key". */
function phraseKind(text: string, keyStart: number, key: string): Kind | null {
  const last = key.toLowerCase();
  if (!PHRASE_ENDS.has(last)) return null;
  const words: string[] = [];
  let j = keyStart;
  while (words.length < 2) {
    let gap = 0;
    while (
      j > 0 &&
      gap < 3 &&
      (text[j - 1] === " " || text[j - 1] === "\t" || text[j - 1] === "/" || text[j - 1] === "_" || text[j - 1] === "-")
    ) {
      j--;
      gap++;
    }
    if (gap === 0) break;
    let len = 0;
    while (j > 0 && len < 24 && isLetter(text.charCodeAt(j - 1))) {
      j--;
      len++;
    }
    if (len === 0) break;
    words.unshift(text.slice(j, j + len).toLowerCase());
  }
  for (let i = 0; i < words.length; i++) {
    const kind = PHRASES.get(words.slice(i).join("") + last);
    if (kind) return kind;
  }
  return null;
}

// ---------------------------------------------------------------------------
// Characters

function isLineBreak(c: number): boolean {
  return c === 10 || c === 13;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x3000 || c === 11 || c === 12;
}

/** Full-width and CJK punctuation: a value in Chinese text ends at "，" or "。". */
function isCjkPunctuation(c: number): boolean {
  return (
    (c >= 0x3000 && c <= 0x303f) ||
    (c >= 0xff01 && c <= 0xff0f) ||
    (c >= 0xff1a && c <= 0xff20) ||
    (c >= 0xff3b && c <= 0xff40) ||
    (c >= 0xff5b && c <= 0xff65)
  );
}

const UNQUOTED_STOPS = new Set([..." \t\r\n,;&}])|\"'`<>\\"].map((c) => c.charCodeAt(0)));
const WORD_STOPS = new Set([..." \t\r\n\"'`<>\\,"].map((c) => c.charCodeAt(0)));
const LINE_STOPS = new Set([..."\r\n\"'`\\"].map((c) => c.charCodeAt(0)));
const COOKIE_STOPS = new Set([..." \t\r\n;,\"'`<>\\]}"].map((c) => c.charCodeAt(0)));
const ATTRIBUTE_STOPS = new Set([..."\r\n;\"'`<>\\]}"].map((c) => c.charCodeAt(0)));

/**
 * The first position at or after `p` where `isStop` holds (or the end of the
 * text). It remembers its last scan: asked again from inside a stretch it
 * already scanned, it answers at once, so a pass that asks from left to
 * right scans each character at most once.
 */
class StopFinder {
  private from = -1;
  private at = -1;

  constructor(
    private readonly text: string,
    private readonly isStop: (text: string, i: number) => boolean,
  ) {}

  find(p: number): number {
    if (p >= this.from && p <= this.at) return this.at;
    let i = p;
    const n = this.text.length;
    while (i < n && !this.isStop(this.text, i)) i++;
    this.from = p;
    this.at = i;
    return i;
  }
}

/** `\u003d`: an "=" as Gson writes it, part of a value (`sid\u003dabc\u003d`), where other escapes end one. */
function isEscapedEquals(text: string, i: number): boolean {
  return text.charCodeAt(i) === 92 && startsWithFold(text, "u003d", i + 1);
}

function stopsIn(set: ReadonlySet<number>, extra?: (c: number) => boolean): (text: string, i: number) => boolean {
  return (text, i) => {
    const c = text.charCodeAt(i);
    return (set.has(c) && !isEscapedEquals(text, i)) || (extra?.(c) ?? false);
  };
}

function backslashesBefore(text: string, i: number): number {
  let n = 0;
  while (i - n - 1 >= 0 && text.charCodeAt(i - n - 1) === 92) n++;
  return n;
}

/** A quoted value's opening and how to find its closing. */
interface Quote {
  /** Characters of the opening quote. */
  open: number;
  /** Characters of the closing quote. */
  close: number;
  /** Characters of the closing quote before the one `isClose` finds (the backslashes of `\"`). */
  lead: number;
  /** Names the quote (and its finder): quotes with one key close alike. */
  key: string;
  isClose: (text: string, i: number) => boolean;
}

const ENTITY_QUOTES = ["&quot;", "&#34;", "&#x22;", "&apos;", "&#39;", "&#x27;"];
const PAIRED_QUOTES: ReadonlyMap<string, string> = new Map([
  ["\u201c", "\u201d"],
  ["\u2018", "\u2019"],
  ["\u300c", "\u300d"],
  ["\u300e", "\u300f"],
]);

function startsWithFold(text: string, word: string, at: number): boolean {
  if (at + word.length > text.length) return false;
  for (let k = 0; k < word.length; k++) {
    let c = text.charCodeAt(at + k);
    if (c >= 65 && c <= 90) c += 32;
    if (c !== word.charCodeAt(k)) return false;
  }
  return true;
}

/** The quote that opens a value at `v`, if any: ", ', `, \", \\\", &quot;, \u0022, “. */
function quoteAt(text: string, v: number): Quote | null {
  const c = text[v];
  if (c === "&") {
    for (const e of ENTITY_QUOTES) {
      if (startsWithFold(text, e, v))
        return { open: e.length, close: e.length, lead: 0, key: e, isClose: (t, i) => startsWithFold(t, e, i) };
    }
    return null;
  }
  const pair = c === undefined ? undefined : PAIRED_QUOTES.get(c);
  if (pair) return { open: 1, close: 1, lead: 0, key: c!, isClose: (t, i) => t[i] === pair };
  let k = 0;
  while (k < 4 && text.charCodeAt(v + k) === 92) k++;
  if (k > 0 && text[v + k] === "u" && (startsWithFold(text, "u0022", v + k) || startsWithFold(text, "u0027", v + k)) && k === 1) {
    const e = text.slice(v, v + 6).toLowerCase();
    return { open: 6, close: 6, lead: 0, key: e, isClose: (t, i) => t.charCodeAt(i) === 92 && startsWithFold(t, e.slice(1), i + 1) };
  }
  const q = text[v + k];
  if (q !== '"' && q !== "'" && !(q === "`" && k === 0)) return null;
  const backslashes = k;
  return {
    open: k + 1,
    close: k + 1,
    lead: k,
    key: `${k}${q}`,
    // The closing quote is preceded by as many backslashes as the opening one
    // (an unescaped quote closes a plain string: 0, 2, 4... backslashes).
    isClose: (t, i) => {
      if (t[i] !== q) return false;
      const n = backslashesBefore(t, i);
      return backslashes === 0 ? n % 2 === 0 : n === backslashes;
    },
  };
}

// ---------------------------------------------------------------------------
// Values

const PLACEHOLDERS = new Set([
  "none",
  "null",
  "nil",
  "undefined",
  "true",
  "false",
  "empty",
  "missing",
  "invalid",
  "expired",
  "revoked",
  "required",
  "redacted",
  "hidden",
  "masked",
  "unknown",
  "header",
  "string",
  "example",
  "placeholder",
  "notset",
  "<redacted>",
  "[redacted]",
  "[filtered]",
]);

/** Already masked, a placeholder, or no value at all; looks at a bounded part of the value only. */
function notASecret(text: string, start: number, end: number): boolean {
  if (end <= start) return true;
  const c = text[start];
  if (c === "*" || c === "\u2022" || (c === "$" && text[start + 1] === "{")) return true;
  if (end - start <= 16) {
    const v = text.slice(start, end).toLowerCase();
    if (PLACEHOLDERS.has(v) || /^x+$/.test(v) || v.includes(MASK)) return true;
  }
  return false;
}

function hasSpace(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (isSpace(text.charCodeAt(i))) return true;
  return false;
}

function includesMask(text: string, start: number, end: number): boolean {
  for (let i = start; i + MASK.length <= end; i++) if (text.startsWith(MASK, i)) return true;
  return false;
}

const SCHEMES = [
  "sdk-hmac-sha256",
  "aws4-hmac-sha256",
  "v4-hmac-sha256",
  "obs-hmac-sha256",
  "hmac-sha256",
  "bearer",
  "basic",
  "digest",
  "token",
  "obs",
  "aws",
  "negotiate",
  "ntlm",
  "apikey",
  "key",
];
/** Schemes whose credential is written as parts (Access=..., SignedHeaders=..., Signature=...): see maskAuthorizationParts. */
const PART_SCHEMES = new Set(["sdk-hmac-sha256", "aws4-hmac-sha256", "v4-hmac-sha256", "obs-hmac-sha256", "hmac-sha256"]);

/** The authorization scheme at `v` (followed by a space), lower-cased, or null. */
function schemeAt(text: string, v: number, end: number): string | null {
  for (const s of SCHEMES) {
    const after = v + s.length;
    if (after < end && startsWithFold(text, s, v) && (text[after] === " " || text[after] === "\t")) return s;
  }
  return null;
}

/** One pass over a text: labels found by one regular expression, values read by finders, masks kept as edits. */
class Pass {
  readonly edits: Edit[] = [];
  private readonly finders = new Map<string, StopFinder>();

  constructor(readonly text: string) {}

  finder(key: string, isStop: (text: string, i: number) => boolean): StopFinder {
    let f = this.finders.get(key);
    if (!f) {
      f = new StopFinder(this.text, isStop);
      this.finders.set(key, f);
    }
    return f;
  }

  /** End of the last list of cookies read: every pair in it was masked or kept already. */
  private cookiesEnd = 0;

  /** Where the next edit may start. */
  get done(): number {
    const last = this.edits[this.edits.length - 1];
    return last ? last.end : 0;
  }

  /** Where the search for the next label goes on: past the last mask and the last list of cookies. */
  get resume(): number {
    return Math.max(this.done, this.cookiesEnd);
  }

  mask(start: number, end: number, keep = 0): void {
    if (end <= start || start < this.done) return;
    this.edits.push({ start, end, text: this.text.slice(start, start + keep) + MASK });
  }

  unquotedEnd(v: number): number {
    return this.finder("unquoted", stopsIn(UNQUOTED_STOPS, isCjkPunctuation)).find(v);
  }

  lineEnd(v: number): number {
    return this.finder("line", stopsIn(LINE_STOPS)).find(v);
  }

  wordEnd(v: number): number {
    return this.finder("word", stopsIn(WORD_STOPS, isCjkPunctuation)).find(v);
  }

  alnumEnd(v: number): number {
    return this.finder("alnum", (t, i) => !isAlnum(t.charCodeAt(i))).find(v);
  }

  /** The value that starts at `v`: inside its quotes when it has closing ones, else up to a separator. */
  value(v: number, limit = this.text.length): { start: number; end: number; quoted: boolean; after: number } {
    const q = quoteAt(this.text, v);
    if (q) {
      const inner = v + q.open;
      const isClose = q.isClose;
      const stop = this.finder(`q${q.key}`, (t, i) => isLineBreak(t.charCodeAt(i)) || isClose(t, i)).find(inner);
      if (stop < this.text.length && stop < limit && !isLineBreak(this.text.charCodeAt(stop))) {
        // The finder stops on the quote character; backslashes before it belong to the closing quote.
        const closeStart = stop - q.lead;
        return { start: inner, end: Math.max(inner, closeStart), quoted: true, after: Math.max(inner, closeStart) + q.close };
      }
      // An unclosed quote: read on as if there were none.
      const end = Math.min(this.unquotedEnd(inner), limit);
      return { start: inner, end, quoted: false, after: end };
    }
    const end = Math.min(this.unquotedEnd(v), limit);
    return { start: v, end, quoted: false, after: end };
  }

  /** Masks the value at `v` as `kind` says. */
  maskValue(kind: Kind, v: number, limit = this.text.length): void {
    const t = this.text;
    if (v >= t.length) return;
    const first = t[v];
    if (first === "{" || first === "[") {
      if (kind === "cookie" && first === "[") this.maskCookieList(v + 1, limit);
      return; // a nested object: its own fields carry their own labels
    }
    if (kind === "ak" || kind === "access") {
      this.maskAk(v, limit, kind === "access" ? 16 : 8, kind === "access");
      return;
    }
    if (kind === "aksk") {
      this.maskAkSk(v, limit);
      return;
    }
    if (kind === "cookie") {
      this.maskCookieValue(v, limit);
      return;
    }
    const val = this.value(v, limit);
    if (kind === "auth") {
      // Unquoted, an Authorization value runs to the end of its line: "SDK-HMAC-SHA256 Access=..., Signature=...".
      const end = val.quoted ? val.end : Math.min(this.lineEnd(val.start), limit);
      this.maskAuthorization(val.start, end);
      return;
    }
    if (kind === "userpass") {
      for (let i = val.start; i < val.end && i < val.start + 256; i++) {
        if (t[i] === ":") {
          if (!notASecret(t, i + 1, val.end)) {
            this.mask(i + 1, val.end);
          }
          return;
        }
      }
      return;
    }
    if (kind === "credential") {
      if (notASecret(t, val.start, val.end)) return;
      let cut = val.end;
      for (let i = val.start; i < val.end && i < val.start + 256; i++) {
        if (t[i] === "/" || (t[i] === "%" && t[i + 1] === "2" && (t[i + 2] === "F" || t[i + 2] === "f"))) {
          cut = i;
          break;
        }
      }
      // Already masked (a second pass over masked text) anywhere in the value: leave it, so masking twice changes nothing.
      if (includesMask(t, val.start, val.end)) return;
      // The first 4 characters stay when they are an access key's letters and digits (AKIA****); anything else
      // there (an escape, a Chinese word) is masked too, so that a second pass reads the same value again.
      let keep = cut - val.start >= 12 ? 4 : 0;
      for (let i = val.start; i < val.start + keep; i++) if (!isAlnum(t.charCodeAt(i))) keep = 0;
      this.mask(val.start, cut, keep);
      return;
    }
    if (notASecret(t, val.start, val.end)) return;
    // A private key: its body is masked by maskPrivateKeys, and its BEGIN and END lines stay.
    if (t.startsWith("-----BEGIN", val.start)) return;
    const len = val.end - val.start;
    if (kind === "password") {
      this.mask(val.start, val.end);
      return;
    }
    if (kind === "secret") {
      if (len >= 4) this.mask(val.start, val.end);
      return;
    }
    // A token: one word, or a scheme and one word.
    if (val.quoted && hasSpace(t, val.start, val.end)) {
      const scheme = schemeAt(t, val.start, val.end);
      if (scheme) this.maskAuthorization(val.start, val.end);
      return; // prose, not a token
    }
    if (len >= (kind === "header-token" ? 4 : 8)) this.mask(val.start, val.end);
  }

  /** An Authorization value: a scheme and its credential, or a bare credential. */
  maskAuthorization(start: number, end: number): void {
    const t = this.text;
    let v = start;
    const scheme = schemeAt(t, v, end);
    if (scheme) {
      if (PART_SCHEMES.has(scheme)) {
        this.maskAuthorizationParts(v + scheme.length, end);
        return;
      }
      v += scheme.length;
      while (v < end && (t[v] === " " || t[v] === "\t")) v++;
    }
    const wordEnd = Math.min(this.wordEnd(v), end);
    if (wordEnd - v < 4 || notASecret(t, v, wordEnd)) return;
    this.mask(v, wordEnd);
  }

  /**
   * "Access=<ak>, SignedHeaders=host;x-sdk-date, Signature=<signature>" (and
   * Credential=<ak>/<date>/<region>/...): the key keeps its first four
   * characters, the signature is masked, the signed headers stay. A few parts
   * at most, so a long line of them costs no more than a header.
   */
  maskAuthorizationParts(start: number, end: number): void {
    const t = this.text;
    let i = start;
    for (let parts = 0; parts < 8 && i < end; parts++) {
      while (i < end && (t[i] === " " || t[i] === "\t" || t[i] === ",")) i++;
      const nameStart = i;
      while (i < end && i - nameStart < 32 && isLetter(t.charCodeAt(i))) i++;
      const name = t.slice(nameStart, i).toLowerCase();
      while (i < end && (t[i] === " " || t[i] === "\t")) i++;
      const equals = t[i] === "=" ? 1 : isEscapedEquals(t, i) ? 6 : 0;
      if (name.length === 0 || equals === 0) return;
      i += equals;
      while (i < end && (t[i] === " " || t[i] === "\t")) i++;
      const partEnd = Math.min(this.wordEnd(i), end);
      if (name === "access" || name === "accesskeyid") this.maskAk(i, partEnd, 8, false);
      else if (name === "credential") this.maskValue("credential", i, partEnd);
      else if (name === "signature") this.maskValue("token", i, partEnd);
      i = partEnd;
      while (i < end && (t[i] === " " || t[i] === "\t")) i++;
      if (t[i] !== ",") return;
    }
  }

  /** An access key: the run of letters and digits at `v` (after a quote); its first four characters stay. */
  maskAk(v: number, limit: number, min: number, mixed: boolean): number {
    const t = this.text;
    const q = quoteAt(t, v);
    const s = q ? v + q.open : v;
    const e = Math.min(this.alnumEnd(s), limit);
    const len = e - s;
    if (len < min || len > 128) return e;
    if (mixed) {
      let letters = false;
      let digits = false;
      for (let i = s; i < e; i++) {
        const c = t.charCodeAt(i);
        if (isDigit(c)) digits = true;
        else letters = true;
      }
      if (!letters || !digits) return e;
    }
    if (notASecret(t, s, e)) return e;
    // Four characters are kept only of a key long enough to hide the rest.
    this.mask(s, e, len >= 12 ? 4 : 0);
    return e;
  }

  /** "AK/SK: <ak> / <sk>", "AK/SK=<ak>/<sk>". */
  maskAkSk(v: number, limit: number): void {
    const t = this.text;
    const q = quoteAt(t, v);
    const s = q ? v + q.open : v;
    const akEnd = this.maskAk(v, limit, 8, false);
    if (akEnd === s) return;
    let i = akEnd;
    let seps = 0;
    while (
      i < limit &&
      seps < 8 &&
      (t[i] === " " || t[i] === "\t" || t[i] === "/" || t[i] === "," || t[i] === "|" || t[i] === ";" || t[i] === ":" || t[i] === "&")
    ) {
      i++;
      seps++;
    }
    if (seps === 0) return;
    const end = Math.min(this.unquotedEnd(i), limit);
    if (end - i >= 4 && !notASecret(t, i, end)) this.mask(i, end);
  }

  /** A Cookie or Set-Cookie value: quoted, or up to the end of its line. */
  maskCookieValue(v: number, limit: number): void {
    const t = this.text;
    const q = quoteAt(t, v);
    if (q) {
      const val = this.value(v, limit);
      if (val.quoted) this.maskCookies(val.start, val.end, true);
      else this.maskCookies(val.start, limit, false);
      return;
    }
    this.maskCookies(v, limit, false);
  }

  /** Node's `'set-cookie': [ 'a=1; Path=/', 'b=2' ]`, possibly over several lines. */
  maskCookieList(v: number, limit: number): void {
    const t = this.text;
    let i = v;
    for (let items = 0; items < 64 && i < limit; items++) {
      let gap = 0;
      while (i < limit && gap < 256 && (isSpace(t.charCodeAt(i)) || t[i] === ",")) {
        i++;
        gap++;
      }
      if (i >= limit || t[i] === "]") return;
      const val = this.value(i, limit);
      if (!val.quoted) {
        this.maskCookies(val.start, limit, false);
        return;
      }
      this.maskCookies(val.start, val.end, true);
      i = Math.max(val.after, i + 1);
    }
  }

  /**
   * `name=value; name2=value2` from `start`: each value masked, names kept;
   * Set-Cookie attributes (Path, Domain, Expires...) kept. Unquoted, it ends
   * where a pair is not followed by ";".
   */
  maskCookies(start: number, end: number, quoted: boolean): void {
    this.cookiesEnd = Math.max(this.cookiesEnd, this.readCookies(start, end, quoted));
  }

  /** maskCookies's reading; answers where it stopped. */
  private readCookies(start: number, end: number, quoted: boolean): number {
    const t = this.text;
    let i = start;
    for (let pairs = 0; pairs < 128 && i < end; pairs++) {
      while (i < end && (t[i] === " " || t[i] === "\t" || t[i] === ";" || (quoted && t[i] === ","))) i++;
      const nameStart = i;
      while (i < end && i - nameStart < 128 && t[i] !== "=" && !COOKIE_STOPS.has(t.charCodeAt(i)) && !isCjkPunctuation(t.charCodeAt(i)))
        i++;
      const name = t.slice(nameStart, i).toLowerCase();
      if (name.length === 0) return i;
      // The name ends at "=", or at "\u003d" when Gson escaped it.
      const equals = t[i] === "=" ? 1 : isEscapedEquals(t, i) ? 6 : 0;
      if (equals === 0) {
        // A flag (HttpOnly, Secure) or prose ("cookie: session expired").
        if (quoted || t[i] === ";" || (t[i] === "," && COOKIE_ATTRIBUTES.has(name))) {
          if (!quoted && t[i] === ",") i++;
          continue;
        }
        return i;
      }
      i += equals;
      const valueStart = i;
      let valueEnd: number;
      if (COOKIE_ATTRIBUTES.has(name)) {
        valueEnd = Math.min(this.finder("attribute", stopsIn(ATTRIBUTE_STOPS, isCjkPunctuation)).find(i), end);
        // Attributes end at a comma too (Set-Cookie values joined with ", "); Expires keeps the comma
        // after its weekday ("Expires=Wed, 21 Oct 2026 07:28:00 GMT, b=2").
        const expires = name === "expires";
        for (let k = valueStart; k < valueEnd && k < valueStart + 256; k++) {
          const weekday = expires && k - valueStart <= 9 && /^[A-Za-z]+$/.test(t.slice(valueStart, k));
          if ((t[k] === "," && !weekday) || (t[k] === " " && !expires)) {
            valueEnd = k;
            break;
          }
        }
      } else {
        valueEnd = Math.min(this.finder("cookie", stopsIn(COOKIE_STOPS, isCjkPunctuation)).find(i), end);
        if (!notASecret(t, valueStart, valueEnd)) this.mask(valueStart, valueEnd);
      }
      i = valueEnd;
      // Unquoted, the list goes on after ";" (and after ", " that follows an attribute: Set-Cookie values joined).
      if (!quoted && t[i] !== ";" && !(t[i] === "," && COOKIE_ATTRIBUTES.has(name))) return i;
      if (!quoted && t[i] === ",") i++;
    }
    return i;
  }

  apply(): { text: string; count: number } {
    if (this.edits.length === 0) return { text: this.text, count: 0 };
    let out = "";
    let last = 0;
    for (const e of this.edits) {
      out += this.text.slice(last, e.start) + e.text;
      last = e.end;
    }
    return { text: out + this.text.slice(last), count: this.edits.length };
  }
}

const COOKIE_ATTRIBUTES = new Set([
  "path",
  "domain",
  "expires",
  "max-age",
  "samesite",
  "priority",
  "version",
  "comment",
  "secure",
  "httponly",
  "partitioned",
]);

// ---------------------------------------------------------------------------
// Passes

// PEM private keys: the body after the BEGIN line, up to the END line.
const PEM_BEGIN = /-----BEGIN (?:[A-Z0-9]{1,16} ){0,3}PRIVATE KEY(?: BLOCK)?-----/g;

/**
 * Where the body of a private key that starts at `start` ends: its lines of
 * base64, with their line breaks (real, or written "\n" in a JSON string),
 * the spaces, quotes and "+" of a string printed in pieces (Node's
 * `'...\n' +`), and the Proc-Type and DEK-Info header lines. It ends at the
 * END line, or before the first line that is none of these: a key that lost
 * its END line masks only its own lines.
 */
function keyBodyEnd(text: string, start: number): number {
  const n = text.length;
  let i = start;
  let lineStart = start;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isLineBreak(c)) {
      i++;
      lineStart = i;
    } else if (c === 92 /* \ */ && (text[i + 1] === "n" || text[i + 1] === "r")) {
      i += 2;
      lineStart = i;
    } else if (c === 32 || c === 9 || c === 39 /* ' */ || c === 34 /* " */) {
      i++;
    } else if (isAlnum(c) || c === 43 /* + */ || c === 47 /* / */ || c === 61 /* = */) {
      i++;
    } else if (startsWithFold(text, "proc-type:", i) || startsWithFold(text, "dek-info:", i)) {
      const limit = Math.min(n, i + 256);
      while (i < limit && !isLineBreak(text.charCodeAt(i)) && text.charCodeAt(i) !== 92) i++;
    } else {
      return text.startsWith("-----END", i) ? i : lineStart;
    }
  }
  return n;
}

function maskPrivateKeys(text: string): { text: string; count: number } {
  if (!text.includes("PRIVATE KEY")) return { text, count: 0 };
  const pass = new Pass(text);
  let count = 0;
  PEM_BEGIN.lastIndex = 0;
  for (let m = PEM_BEGIN.exec(text); m; m = PEM_BEGIN.exec(text)) {
    const bodyStart = m.index + m[0].length;
    const bodyEnd = keyBodyEnd(text, bodyStart);
    // Each line of the body (without the spaces around it) becomes one mask; line breaks stay.
    let masked = false;
    let i = bodyStart;
    while (i < bodyEnd) {
      while (i < bodyEnd && (isLineBreak(text.charCodeAt(i)) || text[i] === " " || text[i] === "\t")) i++;
      let j = i;
      while (j < bodyEnd && !isLineBreak(text.charCodeAt(j))) j++;
      let k = j;
      while (k > i && (text[k - 1] === " " || text[k - 1] === "\t")) k--;
      if (k > i) {
        pass.mask(i, k);
        masked = true;
      }
      i = j;
    }
    if (masked) count++;
    PEM_BEGIN.lastIndex = Math.max(PEM_BEGIN.lastIndex, bodyEnd);
  }
  return { text: pass.apply().text, count };
}

// Passwords in URLs: scheme://user:password@host (also with JSON-escaped slashes).
const URL_START = /(?<![A-Za-z0-9+.-])[A-Za-z][A-Za-z0-9+.-]{0,19}:(?:\\{0,3}\/){2}/g;
const AUTHORITY_STOPS = new Set([..." \t\r\n/?#\"'`<>\\"].map((c) => c.charCodeAt(0)));
const TOKEN_USERS = ["ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_", "glpat-"];

function isHostChar(c: number): boolean {
  return isAlnum(c) || c === 45 /* - */ || c === 46 /* . */ || c === 95 /* _ */ || c === 58 /* : */ || c === 91 /* [ */ || c === 93 /* ] */;
}

/**
 * The "@" that ends the user information of the URL whose authority is
 * text[start, end): the first one followed by a host (and port) that ends the
 * authority or a query parameter ("&", ",", ";"), so "https://u:p@ss@host"
 * and "?cb=https://u:p@host&password=a@b" both split where a reader would.
 */
function userinfoEnd(text: string, start: number, end: number): number {
  let i = start;
  while (i < end) {
    while (i < end && text[i] !== "@") i++;
    if (i >= end) return -1;
    let j = i + 1;
    while (j < end && isHostChar(text.charCodeAt(j))) j++;
    const c = text[j];
    if (j > i + 1 && (j === end || c === "&" || c === "," || c === ";" || c === "|" || c === ")")) return i;
    i = j;
  }
  return -1;
}

function maskUrlPasswords(text: string): { text: string; count: number } {
  if (!text.includes("@")) return { text, count: 0 };
  const pass = new Pass(text);
  const authority = pass.finder("authority", stopsIn(AUTHORITY_STOPS, isCjkPunctuation));
  URL_START.lastIndex = 0;
  for (let m = URL_START.exec(text); m; m = URL_START.exec(text)) {
    const start = m.index + m[0].length;
    const end = authority.find(start);
    const at = userinfoEnd(text, start, end);
    if (at === -1) continue;
    let colon = -1;
    for (let i = start; i < at; i++) {
      if (text[i] === ":") {
        colon = i;
        break;
      }
    }
    if (colon !== -1) {
      if (at > colon + 1 && !notASecret(text, colon + 1, at)) pass.mask(colon + 1, at);
    } else if (at - start >= 32 || TOKEN_USERS.some((p) => startsWithFold(text, p, start))) {
      pass.mask(start, at); // a token written as the user (https://<token>@github.com)
    }
  }
  return pass.apply();
}

// Command-line options: curl -u user:pass, -b 'a=1', --password secret, --sk ..., --user=...
const OPTION = /(?<![A-Za-z0-9_-])(-[ubU]|--[A-Za-z][A-Za-z0-9-]{0,40})(?:[ \t]{1,64}|=)/g;

function optionKind(option: string): Kind | null {
  if (option === "-u" || option === "-U" || option === "--user" || option === "--proxy-user") return "userpass";
  if (option === "-b" || option === "--cookie") return "cookie";
  if (option.length < 3) return null;
  return kindOfKey(option.slice(2));
}

function maskOptions(text: string): { text: string; count: number } {
  if (!text.includes("-")) return { text, count: 0 };
  const pass = new Pass(text);
  OPTION.lastIndex = 0;
  for (let m = OPTION.exec(text); m; m = OPTION.exec(text)) {
    const kind = optionKind(m[1]!);
    if (!kind) continue;
    const v = m.index + m[0].length;
    if (kind === "cookie") {
      // -b names a cookie file unless its value holds "=".
      const val = pass.value(v);
      let eq = false;
      for (let i = val.start; i < val.end && !eq; i++) eq = text[i] === "=";
      if (!eq) continue;
    }
    pass.maskValue(kind, v);
    OPTION.lastIndex = Math.max(OPTION.lastIndex, pass.resume);
  }
  return pass.apply();
}

// XML elements: <Password>...</Password>, <AccessKeyId>, <SecurityToken>, <SignatureProvided>.
const XML_TAG = /<([A-Za-z][A-Za-z0-9_.:-]{0,63})>/g;

function maskXml(text: string): { text: string; count: number } {
  if (!text.includes("<")) return { text, count: 0 };
  const pass = new Pass(text);
  const content = pass.finder("xml", (t, i) => t[i] === "<" || isLineBreak(t.charCodeAt(i)));
  XML_TAG.lastIndex = 0;
  for (let m = XML_TAG.exec(text); m; m = XML_TAG.exec(text)) {
    const name = m[1]!;
    const colon = name.lastIndexOf(":");
    const kind = kindOfKey(colon === -1 ? name : name.slice(colon + 1));
    if (!kind) continue;
    const v = m.index + m[0].length;
    const end = content.find(v);
    let s = v;
    let e = end;
    while (s < e && (text[s] === " " || text[s] === "\t")) s++;
    while (e > s && (text[e - 1] === " " || text[e - 1] === "\t")) e--;
    if (e <= s) continue;
    if (kind === "password" || kind === "secret") {
      if (!notASecret(text, s, e) && !text.startsWith("-----BEGIN", s)) pass.mask(s, e);
    } else if (kind === "token") {
      if (!hasSpace(text, s, e) && e - s >= 8 && !notASecret(text, s, e)) pass.mask(s, e);
    } else {
      pass.maskValue(kind, s, e);
    }
    XML_TAG.lastIndex = Math.max(XML_TAG.lastIndex, pass.resume);
  }
  return pass.apply();
}

/*
 * A key, its closing quote if any, and a separator: `password=`, `"password": `,
 * `'password': `, `\"password\":`, `password&quot;:`, `password\u003d`, `Password：`,
 * `"password" => `. A key starts a word (`x-auth-token`, `spring.datasource.password`,
 * never in the middle of one: so each place is tried once), or follows an
 * escape (`\npassword=`, `\u0026sk=`). A mask (`****`) counts as part of a word, as the
 * secret it replaced did, so masking twice reads the same keys. `--password=` is read by OPTION.
 */
const KEY =
  /(?:(?<![A-Za-z0-9_.*\\-])|(?<=\\[nrt])|(?<=\\u[0-9a-fA-F]{4})|(?<=\\x[0-9a-fA-F]{2}))([A-Za-z][A-Za-z0-9_.-]{0,63}|访问密钥ID|访问密钥id|秘密访问密钥|访问密钥|安全令牌|密码|口令|密钥|私钥|令牌)(?:\\{1,3}["']|["'`\u201d\u2019]|&quot;|&#34;|&apos;|&#39;|\\u002[27])?([ \t]*(?:=>|:=|[:=\uff1a\uff1d]|\\u003[aAdD]|\\x3[aAdD])[ \t]*)/g;

function maskKeyed(text: string): { text: string; count: number } {
  const pass = new Pass(text);
  KEY.lastIndex = 0;
  for (let m = KEY.exec(text); m; m = KEY.exec(text)) {
    const key = m[1]!;
    const keyKind = kindOfKey(key);
    const kind = phraseKind(text, m.index, key) ?? keyKind;
    if (!kind) continue;
    // A tab or space written as an escape inside a string ("password:\thunter2") is still a separator.
    let v = m.index + m[0].length;
    for (let k = 0; k < 16 && text.charCodeAt(v) === 92 && text[v + 1] === "t"; k++) v += 2;
    pass.maskValue(kind, v);
    KEY.lastIndex = Math.max(KEY.lastIndex, pass.resume);
  }
  return pass.apply();
}

// Credentials recognisable by their shape.
const IAM_TOKEN = /MII[A-Za-z0-9+/=_-]{60,}/g;
const BEARER = /(?<![A-Za-z0-9])(Bearer)([ \t]+)([A-Za-z0-9._~+/=-]{12,})/gi;
const JWT = /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{4,}/g;

function maskShapes(text: string): { text: string; count: number } {
  let count = 0;
  let out = text.replace(IAM_TOKEN, () => {
    count++;
    return MASK;
  });
  out = out.replace(BEARER, (_whole, word: string, space: string) => {
    count++;
    return `${word}${space}${MASK}`;
  });
  out = out.replace(JWT, () => {
    count++;
    return MASK;
  });
  return { text: out, count };
}

/** The text with every secret masked, and how many were masked. */
export function redact(input: string): Redaction {
  let text = input;
  let count = 0;
  for (const pass of [maskPrivateKeys, maskUrlPasswords, maskOptions, maskXml, maskKeyed, maskShapes]) {
    const r = pass(text);
    text = r.text;
    count += r.count;
  }
  return { text, count };
}
