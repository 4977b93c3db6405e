/**
 * How error fields are named and what their values may look like, shared by
 * the structured readers (JSON-like bodies and SDK key:value text).
 */
import { trimEndChars, trimStartChars } from "../strings";
import { clipToWindow } from "../limits";

export type FieldKind = "code" | "message" | "status" | "requestId";

/** Lower-case, without `_`, `-` or spaces: error_code, errorCode and Error-Code are one key. */
export function normalizeKey(key: string): string {
  return key.replace(/[\s_-]/g, "").toLowerCase();
}

const KEY_KIND = new Map<string, FieldKind>([
  ["errorcode", "code"],
  ["errcode", "code"],
  ["code", "code"],
  ["errormsg", "message"],
  ["errormessage", "message"],
  ["errmsg", "message"],
  ["message", "message"],
  ["msg", "message"],
  ["statuscode", "status"],
  ["httpstatuscode", "status"],
  ["httpstatus", "status"],
  ["httpcode", "status"],
  ["status", "status"],
  ["requestid", "requestId"],
  ["xrequestid", "requestId"],
]);

/** Message keys, most specific first: error_msg wins over a client library's `message`. */
const MESSAGE_RANK = new Map([
  ["errormsg", 0],
  ["errormessage", 1],
  ["errmsg", 2],
  ["message", 3],
  ["msg", 4],
]);

export function fieldKind(key: string): FieldKind | null {
  return KEY_KIND.get(normalizeKey(key)) ?? null;
}

export function messageRank(key: string): number {
  return MESSAGE_RANK.get(normalizeKey(key)) ?? 9;
}

/** An HTTP error-range status, from a number or a string of three digits. */
export function readStatus(value: unknown): number | null {
  let n: number;
  if (typeof value === "number") n = value;
  else if (typeof value === "string" && /^\s*\d{3}\s*$/.test(value)) n = Number(value);
  else return null;
  return Number.isInteger(n) && n >= 100 && n <= 599 ? n : null;
}

// FAMILY.NNNN and the longer forms some services use (CBC.99003001, common.01000001).
const codeShape = /^[A-Za-z][A-Za-z0-9]{0,39}[.\-_ ]?\d{1,8}$/;

/**
 * Reads the value of a code field: a code (as written, trimmed of stray
 * punctuation), or a status when the value is only a number (Python SDK's
 * error_code "429", Keystone's "code": 401).
 */
export function readCodeValue(value: unknown): { code: string | null; status: number | null } {
  if (typeof value === "number") return { code: null, status: readStatus(value) };
  if (typeof value !== "string") return { code: null, status: null };
  const trimmed = trimEndChars(trimStartChars(value.trim(), "\"'`"), "\"'`,;.");
  if (trimmed.length === 0 || trimmed.length > 64) return { code: null, status: null };
  const status = readStatus(trimmed);
  if (status !== null) return { code: null, status };
  if (!codeShape.test(trimmed) || !/[A-Za-z]/.test(trimmed)) return { code: null, status: null };
  return { code: trimmed, status: null };
}

/** A request id value: an id-like token of 8 to 128 characters. */
export function readRequestId(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const trimmed = value.trim().replace(/^["']|["',;]$/g, "");
  if (!/^[A-Za-z0-9][A-Za-z0-9_.:-]{7,127}$/.test(trimmed)) return null;
  if (/^(none|null|undefined)$/i.test(trimmed)) return null;
  return trimmed;
}

// An HTTP client's own words for a failed call, which the Node SDK puts in
// errorMsg when the body has no error_msg: axios, got, Python requests.
const CLIENT_WORDING = [
  /^Request failed with status code (\d{3})$/,
  /^Response code (\d{3}) \([^()]{0,60}\)$/,
  /^(\d{3}) (?:Client|Server) Error: /,
];

/** The status in an HTTP client's wording of a failed call ("Request failed with status code 400"), else null. */
export function clientWordingStatus(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed.length > 300) return null;
  for (const re of CLIENT_WORDING) {
    const m = re.exec(trimmed);
    if (m) return readStatus(m[1]);
  }
  return null;
}

/**
 * A message value: non-empty text that is not a placeholder such as None,
 * nor an HTTP client's wording of a failed call, which says nothing the
 * status does not.
 */
export function readMessage(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const trimmed = value.trim();
  if (trimmed.length === 0 || /^(none|null|undefined)$/i.test(trimmed)) return null;
  if (clientWordingStatus(trimmed) !== null) return null;
  return clipToWindow(trimmed);
}
