/**
 * Reads labelled error fields written as `key:value` text rather than JSON:
 * - Python SDK: `ClientRequestException - {status_code:400,request_id:...,error_code:AIS.0101,error_msg:...,encoded_authorization_message:None }`,
 *   on one line or re-wrapped one field per line;
 * - Java SDK: `ClientRequestException {\n    httpStatusCode: 400\n    errorCode: ...\n    errorMsg: ...\n    requestId: ...\n}`;
 * - fragments of JSON without braces: `"error_msg":"...","error_code":"APIG.0301",`.
 * A value runs to the next label or the end of its line, so messages that
 * contain commas and colons ("limit:200,time:5 minute") stay whole.
 */
import type { ExtractorSource, RawError } from "../types";
import { trimEndChars } from "../strings";
import { clipToWindow } from "../limits";
import { fieldKind, readCodeValue, readMessage, readRequestId, readStatus, type FieldKind } from "./fields";

// Labels only; one alternation, no nested quantifiers.
const LABEL =
  /(?<![A-Za-z0-9_])(["']?)(status_code|statusCode|httpStatusCode|http_status|request_id|requestId|x-request-id|error_code|errorCode|error_msg|errorMsg|error_message|errorMessage|encoded_authorization_message|encodedAuthorizationMessage)["']?[ \t]*[:=][ \t]*/gi;

interface Label {
  start: number;
  valueStart: number;
  kind: FieldKind | "other";
  quoted: boolean;
  camel: boolean;
}

const MAX_LABELS = 100_000;
const MAX_GAP = 200;

function readQuoted(text: string, start: number): { value: string; end: number } | null {
  const quote = text[start];
  if (quote !== '"' && quote !== "'") return null;
  let out = "";
  let i = start + 1;
  let runStart = i;
  const limit = Math.min(text.length, start + 20_000);
  while (i < limit) {
    const c = text[i];
    if (c === "\\" && i + 1 < limit) {
      out += text.slice(runStart, i);
      const e = text[i + 1];
      out += e === "n" ? "\n" : e === "t" ? "\t" : e;
      i += 2;
      runStart = i;
      continue;
    }
    if (c === quote) return { value: out + text.slice(runStart, i), end: i + 1 };
    if (c === "\n") break;
    i++;
  }
  return { value: out + text.slice(runStart, i), end: i };
}

/** Finds line ends for positions that only move forward, reading each character once. */
class LineEnds {
  private next = -2;

  constructor(private readonly text: string) {}

  after(from: number): number {
    if (this.next === -1) return this.text.length;
    if (this.next < from) {
      this.next = this.text.indexOf("\n", from);
      if (this.next === -1) return this.text.length;
    }
    return this.next;
  }
}

function cleanBare(value: string): string {
  let v = clipToWindow(value).trim();
  // The Python format closes with " }"; a trailing comma separates fields.
  if (v.endsWith("}") && !v.includes("{")) v = v.slice(0, -1);
  return trimEndChars(v, " \t\r,;");
}

/** Fields of one error are separated only by spaces, line breaks, commas and quotes. */
function onlySeparators(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c !== " " && c !== "\t" && c !== "\r" && c !== "\n" && c !== "," && c !== ";" && c !== '"' && c !== "'") return false;
  }
  return true;
}

export interface FieldGroup {
  start: number;
  end: number;
  error: RawError;
}

/** Every group of labelled error fields in `text` that holds a code or a message. */
export function scanSdkText(text: string): FieldGroup[] {
  const labels: Label[] = [];
  LABEL.lastIndex = 0;
  for (let m = LABEL.exec(text); m && labels.length < MAX_LABELS; m = LABEL.exec(text)) {
    const name = m[2]!;
    const lower = name.toLowerCase();
    const kind: FieldKind | "other" = lower.startsWith("encoded") ? "other" : (fieldKind(name) ?? "other");
    labels.push({
      start: m.index,
      valueStart: m.index + m[0].length,
      kind,
      quoted: m[1] !== "",
      camel: /[a-z][A-Z]/.test(name),
    });
    if (m[0].length === 0) LABEL.lastIndex++;
  }

  const groups: FieldGroup[] = [];
  let current: { start: number; end: number; fields: Partial<Record<FieldKind, string>>; quoted: boolean; camel: boolean } | null = null;

  const flush = () => {
    if (!current) return;
    const f = current.fields;
    const codeRead = readCodeValue(f.code ?? "");
    const message = readMessage(f.message ?? "");
    if (codeRead.code || message) {
      const source: ExtractorSource = current.quoted ? "json" : current.camel ? "sdk-java" : "sdk-python";
      groups.push({
        start: current.start,
        end: current.end,
        error: {
          code: codeRead.code,
          message,
          httpStatus: readStatus(f.status ?? "") ?? codeRead.status,
          requestId: readRequestId(f.requestId ?? ""),
          offset: current.start,
          end: current.end,
          source,
          structured: true,
        },
      });
    }
    current = null;
  };

  const lineEnds = new LineEnds(text);
  let i = 0;
  while (i < labels.length) {
    const label = labels[i]!;
    const next = labels[i + 1];
    // The value: a quoted string, or text up to the next label or the end of the line.
    let value: string;
    let end: number;
    const quoted = readQuoted(text, label.valueStart);
    if (quoted) {
      value = quoted.value;
      end = quoted.end;
    } else {
      const eol = lineEnds.after(label.valueStart);
      end = next && next.start < eol ? next.start : eol;
      value = cleanBare(text.slice(label.valueStart, end));
    }
    // Labels inside a quoted value belong to the value.
    let j = i + 1;
    while (j < labels.length && labels[j]!.start < end) j++;
    if (
      current &&
      (label.start - current.end > MAX_GAP ||
        !onlySeparators(text, current.end, label.start) ||
        (label.kind !== "other" && current.fields[label.kind] !== undefined))
    ) {
      flush();
    }
    if (!current) current = { start: label.start, end, fields: {}, quoted: label.quoted, camel: label.camel };
    current.end = Math.max(current.end, end);
    current.quoted = current.quoted || label.quoted;
    current.camel = current.camel || label.camel;
    if (label.kind !== "other") current.fields[label.kind] = value;
    i = j;
  }
  flush();
  return groups;
}
