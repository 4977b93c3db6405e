/**
 * Masks secrets in a paste before anything is shown, copied or shared:
 * X-Auth-Token / X-Subject-Token / X-Security-Token / Authorization header
 * values, token, password, secret, SK, signature and security-token fields,
 * AK-like values after an AK label, IAM token blobs (MII...), Bearer tokens
 * and JWTs. Everything else is left exactly as it was: request ids, error
 * messages, canonical requests and body hashes stay readable.
 *
 * Every pattern is a label followed by one bounded or single character-class
 * run, so the passes are linear in the length of the text.
 */
import { trimEndChars } from "./strings";

export interface Redaction {
  text: string;
  /** How many values were masked. */
  count: number;
}

export const MASK = "****";

// 1. Header-style credentials: the whole value, except an Authorization scheme name.
const HEADER =
  /(?<![A-Za-z0-9_-])(["']?)(x-auth-token|x-subject-token|x-security-token|proxy-authorization|authorization)\1([ \t]*[:=][ \t]*)(["']?)([^\r\n"']{1,8192})/gi;

// 2. Secret fields in JSON, dicts, query strings and key=value logs.
const SECRET_FIELD =
  /(?<![A-Za-z0-9_-])(["']?)(token|access_token|auth_token|id_token|refresh_token|session_token|sessiontoken|security_token|securitytoken|x_security_token|password|passwd|pwd|secret|client_secret|sk|secret_key|secretkey|secret_access_key|secretaccesskey|signature|private_key)\1([ \t]*[:=][ \t]*)/gi;

// 3. Environment-style names: HUAWEICLOUD_SDK_AK=..., CLOUD_SDK_SK=..., OBS_SECRET_KEY=...
const ENV_KEY =
  /(?<![A-Za-z0-9_])([A-Za-z][A-Za-z0-9]{0,20}(?:_[A-Za-z0-9]{1,20}){0,3}_(?:AK|SK|ACCESS_KEY|ACCESS_KEY_ID|SECRET_KEY|SECRET|TOKEN|SECURITY_TOKEN|PASSWORD))([ \t]*[:=][ \t]*)/gi;

// 4. AK labels: only a 20-character upper-case value is masked.
const AK_FIELD =
  /(?<![A-Za-z0-9_-])(["']?)(ak|access|access_key|accesskey|access_key_id|accesskeyid|access-key|access key id|access key)\1([ \t]*[:=][ \t]*)(["']?)([A-Za-z0-9]{20})(?![A-Za-z0-9])/gi;

// 5. Bare credentials recognisable by shape.
const IAM_TOKEN = /MII[A-Za-z0-9+/=_-]{60,}/g;
const BEARER = /(?<![A-Za-z0-9])(Bearer)([ \t]+)([A-Za-z0-9._~+/=-]{12,})/gi;
const JWT = /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{4,}/g;

const SCHEMES = /^(Bearer|Basic|Digest|Token|SDK-HMAC-SHA256|AWS4-HMAC-SHA256|OBS|V4-HMAC-SHA256)\b/i;
const AUTH_PARTS = /((?:Access|Credential|Signature|AccessKeyId)[ \t]*=[ \t]*)([^,\s"']+)/gi;

function alreadyMasked(value: string): boolean {
  return /^[*xX•]+$/.test(value) || value.startsWith(MASK) || value === "None" || value === "null";
}

/** Reads a field value starting at `start`: quoted, or up to a separator. */
function readValue(text: string, start: number): { value: string; end: number; valueStart: number } {
  const quote = text[start];
  if (quote === '"' || quote === "'") {
    const limit = Math.min(text.length, start + 8192);
    let end = start + 1;
    while (end < limit) {
      const c = text[end];
      if (c === quote || c === "\n") break;
      end++;
    }
    return { value: text.slice(start + 1, end), end, valueStart: start + 1 };
  }
  let end = start;
  const limit = Math.min(text.length, start + 8192);
  while (end < limit) {
    const c = text[end];
    if (c === " " || c === "\t" || c === "\r" || c === "\n" || c === "," || c === ";" || c === "&" || c === "}" || c === "]" || c === ")" || c === "|" || c === '"' || c === "'") break;
    end++;
  }
  return { value: text.slice(start, end), end, valueStart: start };
}

function minLength(label: string): number {
  const l = label.toLowerCase();
  if (l === "password" || l === "passwd" || l === "pwd" || l.endsWith("password")) return 1;
  return 12;
}

/** Masks the values that follow each label `re` finds; the label itself stays. */
function maskFieldValues(text: string, re: RegExp, labelGroup: number, counter: { n: number }): string {
  re.lastIndex = 0;
  let out = "";
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const valueAt = m.index + m[0].length;
    if (valueAt < last) continue;
    const { value, end, valueStart } = readValue(text, valueAt);
    const first = value[0];
    if (
      value.length < minLength(m[labelGroup]) ||
      first === "{" ||
      first === "[" ||
      alreadyMasked(value) ||
      /\s/.test(value.trim()) // prose ("token: expired and refused") is not a secret
    ) {
      continue;
    }
    out += text.slice(last, valueStart) + MASK;
    last = end;
    re.lastIndex = Math.max(re.lastIndex, end);
    counter.n++;
  }
  return last === 0 ? text : out + text.slice(last);
}

/** The text with every secret masked, and how many were masked. */
export function redact(input: string): Redaction {
  const counter = { n: 0 };
  let text = input;

  text = text.replace(HEADER, (whole, q: string, name: string, sep: string, vq: string, value: string) => {
    let v = value;
    let tail = "";
    // Stop a quoted value at its quote, and keep trailing punctuation of JS/JSON.
    const trimmed = trimEndChars(v, " \t,;");
    tail = v.slice(trimmed.length);
    v = trimmed;
    if (v.length === 0 || v[0] === "{" || v[0] === "[" || alreadyMasked(v)) return whole;
    if (name.toLowerCase().endsWith("authorization")) {
      const scheme = SCHEMES.exec(v);
      if (scheme) {
        const rest = v.slice(scheme[0].length);
        let masked = 0;
        const partsMasked = rest.replace(AUTH_PARTS, (_p, label: string, secret: string) => {
          if (alreadyMasked(secret)) return _p;
          masked++;
          return label + MASK;
        });
        if (masked > 0) {
          counter.n += masked;
          return `${q}${name}${q}${sep}${vq}${scheme[0]}${partsMasked}${tail}`;
        }
        // Bearer/Basic/...: the credential is the first word after the scheme.
        const m = /^(\s+)(\S+)([\s\S]*)$/.exec(rest);
        if (!m || alreadyMasked(m[2])) return whole;
        counter.n++;
        return `${q}${name}${q}${sep}${vq}${scheme[0]}${m[1]}${MASK}${m[3]}${tail}`;
      }
    }
    // A token is one word; anything after it on the line (more curl options, prose) stays.
    const space = v.search(/\s/);
    const secret = space === -1 ? v : v.slice(0, space);
    if (alreadyMasked(secret) || secret.length < 4) return whole;
    counter.n++;
    return `${q}${name}${q}${sep}${vq}${MASK}${space === -1 ? "" : v.slice(space)}${tail}`;
  });

  text = maskFieldValues(text, SECRET_FIELD, 2, counter);
  text = maskFieldValues(text, ENV_KEY, 1, counter);

  text = text.replace(AK_FIELD, (whole, q: string, name: string, sep: string, vq: string, value: string) => {
    if (!/^[A-Z0-9]{20}$/.test(value) || !/[A-Z]/.test(value)) return whole;
    counter.n++;
    return `${q}${name}${q}${sep}${vq}${value.slice(0, 4)}${MASK}`;
  });

  text = text.replace(IAM_TOKEN, () => {
    counter.n++;
    return MASK;
  });
  text = text.replace(BEARER, (whole, word: string, space: string, value: string) => {
    if (alreadyMasked(value)) return whole;
    counter.n++;
    return `${word}${space}${MASK}`;
  });
  text = text.replace(JWT, () => {
    counter.n++;
    return MASK;
  });

  return { text, count: counter.n };
}
