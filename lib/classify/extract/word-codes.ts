/**
 * Error codes that are words rather than FAMILY.NNNN, written as labelled
 * text by object-storage SDKs (OBS, and S3-style services):
 * - Go:   `obs: service returned error: Status=403 Forbidden, Code=SignatureDoesNotMatch, Message=..., RequestId=...`
 * - C:    `Error/Code : AccessDenied` and `Error/Message : ...` on the next line
 * - Java: `ObsException [responseCode=403, ..., errorCode=AccessDenied, errorMessage=..., errorRequestId=...]`
 * The code is reported exactly as written and never mapped onto a catalogue
 * code. A bare `Code` label counts only on a line that speaks of an error.
 */
import type { RawError } from "../types";
import { trimEndChars } from "../strings";
import { readMessage } from "./fields";
import { looksLikeObs } from "./obs";

// A compound word code: AccessDenied, NoSuchKey, SignatureDoesNotMatch (two capitals at least).
const LABELLED_CODE =
  /(?<![A-Za-z0-9_])(Error\/Code|Error[ _]?Code|errorCode|Code)[ \t]*[:=][ \t]*([A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*){1,8})(?![A-Za-z0-9_]|[.-]\d)/g;
const MESSAGE_LABEL = /(?<![A-Za-z0-9_])(?:Error\/Message|Error[ _]?Message|errorMessage|Message)[ \t]*[:=][ \t]*/g;
const ERROR_WORDS = /error|exception|fail|status[ \t]*[:=][ \t]*[45]\d\d/i;
/** How far after a code its message may start (the next line or two). */
const MESSAGE_REACH = 300;
const MAX_ERRORS = 5000;

/** How far either side of a match its line is read. */
const LINE_REACH = 400;

/** The line around `at`, read at most LINE_REACH characters either side, so a huge line costs no more than a short one. */
function lineBounds(text: string, at: number): [number, number] {
  const from = Math.max(0, at - LINE_REACH);
  const start = from + text.slice(from, at).lastIndexOf("\n") + 1;
  const to = Math.min(text.length, at + LINE_REACH);
  const nl = text.slice(at, to).indexOf("\n");
  return [Math.max(start, from), nl === -1 ? to : at + nl];
}

/** The message labelled after the code: to the next `, Label=` or the end of its line. */
function messageAfter(text: string, from: number): { message: string; end: number } | null {
  const window = text.slice(from, from + MESSAGE_REACH + 32);
  MESSAGE_LABEL.lastIndex = 0;
  const m = MESSAGE_LABEL.exec(window);
  if (!m || m.index > MESSAGE_REACH) return null;
  const valueStart = from + m.index + m[0].length;
  const [, lineEnd] = lineBounds(text, valueStart);
  let end = lineEnd;
  // A following field ", RequestId=..." or ", errorRequestId=..." ends the message.
  const rest = text.slice(valueStart, lineEnd);
  const next = /,[ \t]*[A-Za-z][A-Za-z]{1,30}=/.exec(rest);
  if (next) end = valueStart + next.index;
  const message = readMessage(trimEndChars(text.slice(valueStart, end), "])"));
  return message ? { message, end } : null;
}

export function scanWordCodes(text: string): RawError[] {
  const out: RawError[] = [];
  let obs: boolean | null = null;
  LABELLED_CODE.lastIndex = 0;
  for (let m = LABELLED_CODE.exec(text); m && out.length < MAX_ERRORS; m = LABELLED_CODE.exec(text)) {
    const [lineStart, lineEnd] = lineBounds(text, m.index);
    if (m[1] === "Code" && !ERROR_WORDS.test(text.slice(lineStart, lineEnd))) continue;
    const codeEnd = m.index + m[0].length;
    const found = messageAfter(text, codeEnd);
    obs ??= looksLikeObs(text);
    out.push({
      code: m[2]!,
      message: found?.message ?? null,
      httpStatus: null,
      requestId: null,
      offset: m.index,
      end: found ? found.end : codeEnd,
      source: "text",
      structured: true,
      family: obs ? "OBS" : null,
    });
  }
  return out;
}
