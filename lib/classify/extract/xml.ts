/**
 * XML error bodies, as OBS (object storage, where OCR reads images given by
 * URL) and some gateways return them:
 *   <Error><Code>AccessDenied</Code><Message>Access Denied</Message>
 *   <RequestId>0000018A...</RequestId><HostId>...</HostId></Error>
 * also with snake_case elements (<error_code>, <error_msg>, <request_id>).
 * The code is reported exactly as written: an OBS code such as
 * AccessDenied is not one of the catalogue's and is never mapped onto one.
 */
import type { RawError } from "../types";
import { readMessage, readRequestId } from "./fields";
import { looksLikeObs } from "./obs";
import { CONTEXT_WINDOW } from "../limits";

const CODE_OPEN = /<(Code|error_code|errorCode|ErrorCode)>/g;
const CODE_VALUE = /^[A-Za-z][A-Za-z0-9._-]{0,63}$/;
const MAX_ERRORS = 5000;
/** How far around a <Code> element the rest of its error is looked for. */
const REACH = CONTEXT_WINDOW;

/** Where `needle` occurs in text[from, to), or -1: a search that never reads past `to`. */
function indexWithin(text: string, needle: string, from: number, to: number): number {
  const at = text.slice(from, to).indexOf(needle);
  return at === -1 ? -1 : from + at;
}

/** The text of the first element named in `names` inside text[from, to). */
function element(text: string, from: number, to: number, names: readonly string[]): string | null {
  const region = text.slice(from, to);
  for (const name of names) {
    const open = `<${name}>`;
    const at = region.indexOf(open);
    if (at === -1) continue;
    const valueStart = at + open.length;
    const close = region.indexOf(`</${name}>`, valueStart);
    if (close === -1) continue;
    return region.slice(valueStart, close).trim();
  }
  return null;
}

function decodeEntities(value: string): string {
  return value
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

export function scanXml(text: string): RawError[] {
  if (!text.includes("<")) return [];
  const out: RawError[] = [];
  let obs: boolean | null = null;
  let resumeAt = 0;
  CODE_OPEN.lastIndex = 0;
  for (let m = CODE_OPEN.exec(text); m && out.length < MAX_ERRORS; m = CODE_OPEN.exec(text)) {
    if (m.index < resumeAt) continue;
    const valueStart = m.index + m[0].length;
    const close = indexWithin(text, `</${m[1]}>`, valueStart, valueStart + 128);
    if (close === -1) continue;
    const code = decodeEntities(text.slice(valueStart, close).trim());
    if (!CODE_VALUE.test(code)) continue;
    // The error element around the code: <Error ...> before it, </Error> after it, each within reach.
    const before = Math.max(resumeAt, m.index - REACH);
    const openAt = text.slice(before, m.index).lastIndexOf("<Error");
    const start = openAt === -1 ? m.index : before + openAt;
    const closeError = indexWithin(text, "</Error>", close, close + REACH);
    const end = closeError !== -1 ? closeError + "</Error>".length : close + m[1]!.length + 3;
    const region = closeError !== -1 ? end : Math.min(text.length, close + REACH);
    const message = element(text, start, region, ["Message", "message", "error_msg", "errorMsg", "ErrorMessage"]);
    const requestId = element(text, start, region, ["RequestId", "request_id", "requestId", "RequestID"]);
    obs ??= looksLikeObs(text);
    out.push({
      code,
      message: message === null ? null : readMessage(decodeEntities(message)),
      httpStatus: null,
      requestId: readRequestId(requestId ?? ""),
      offset: start,
      end,
      source: "xml",
      structured: true,
      family: obs ? "OBS" : null,
    });
    resumeAt = end;
  }
  return out;
}
