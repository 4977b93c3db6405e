/**
 * Finds error bodies written as JSON or a JSON-like literal anywhere in the
 * text: plain bodies, nested {"error": {...}} / {"result": {...}} / Node's
 * {data: {...}, status, headers}, bodies escaped inside a string (in another
 * body or in a log line), and bodies that are cut off or slightly broken.
 *
 * Linear: each `{` starts at most one read, and the scan resumes where that
 * read stopped.
 */
import type { ExtractorSource, RawError } from "../types";
import { clientWordingStatus, fieldKind, messageRank, normalizeKey, readCodeValue, readMessage, readRequestId, readStatus } from "./fields";
import { isLooseArray, isLooseObject, parseLoose, type LooseFlavor, type LooseObject, type LooseValue } from "./loose-json";

/** A body found in the text, and the errors read from it. */
export interface JsonBody {
  start: number;
  end: number;
  errors: RawError[];
}

const MAX_NESTED_STRING_DEPTH = 3;
const MAX_BODIES = 20000;

interface Context {
  status: number | null;
  requestId: string | null;
}

interface Candidate {
  code: string | null;
  message: string | null;
  status: number | null;
  requestId: string | null;
  depth: number;
}

function sourceOf(flavor: LooseFlavor, keys: Set<string>): ExtractorSource {
  if (keys.has("statuscode") && keys.has("errormessage")) return "sdk-go";
  if (flavor.unquotedKeys) return "js-object";
  if (flavor.singleQuotes || flavor.pythonLiterals) return "python-dict";
  return "json";
}

/** Reads the error fields of one object, without looking into its children. */
function ownFields(obj: LooseObject) {
  let code: string | null = null;
  let message: string | null = null;
  let msgRank = 99;
  let status: number | null = null;
  let requestId: string | null = null;
  let headersRequestId: string | null = null;
  // The object reports a failed call in an HTTP client's words only ("Request failed with status code 400").
  let failedCall = false;
  for (const [key, value] of obj.entries) {
    const kind = fieldKind(key);
    if (kind === "code") {
      const read = readCodeValue(value);
      if (read.code && !code) code = read.code;
      if (read.status && !status) status = read.status;
    } else if (kind === "message") {
      const rank = messageRank(key);
      if (typeof value === "string" && clientWordingStatus(value) !== null) {
        failedCall = true;
        status = status ?? clientWordingStatus(value);
        continue;
      }
      const text = readMessage(value);
      if (text && rank < msgRank && !looksLikeJson(text)) {
        message = text;
        msgRank = rank;
      }
    } else if (kind === "status") {
      status = status ?? readStatus(value);
    } else if (kind === "requestId") {
      requestId = requestId ?? readRequestId(value);
    } else if (isLooseObject(value) && /headers?$/.test(normalizeKey(key))) {
      for (const [hk, hv] of value.entries) {
        if (fieldKind(hk) === "requestId") headersRequestId = headersRequestId ?? readRequestId(hv);
      }
    }
  }
  return { code, message, status, requestId: requestId ?? headersRequestId, failedCall };
}

function looksLikeJson(text: string): boolean {
  const c = text.trimStart()[0];
  return c === "{" || c === "[";
}

/** Collects candidates from a parsed value, giving each the status/request id of its ancestors. */
function walk(
  value: LooseValue,
  ctx: Context,
  depth: number,
  stringDepth: number,
  out: Candidate[],
  keys: Set<string>,
  budget: { nodes: number },
): void {
  if (--budget.nodes < 0) return;
  if (isLooseArray(value)) {
    for (const item of value.items) walk(item, ctx, depth + 1, stringDepth, out, keys, budget);
    return;
  }
  if (!isLooseObject(value)) return;
  for (const [key] of value.entries) keys.add(normalizeKey(key));
  const own = ownFields(value);
  const here: Context = {
    status: own.status ?? ctx.status,
    requestId: own.requestId ?? ctx.requestId,
  };
  if (own.code || own.message || (own.failedCall && here.status !== null)) {
    out.push({ code: own.code, message: own.message, status: here.status, requestId: here.requestId, depth });
  }
  for (const [, child] of value.entries) {
    if (typeof child === "string") {
      if (stringDepth < MAX_NESTED_STRING_DEPTH && looksLikeJson(child)) {
        // A body escaped as a string inside this one.
        for (const body of scanJson(child, stringDepth + 1)) {
          for (const e of body.errors) {
            out.push({
              code: e.code,
              message: e.message,
              status: e.httpStatus ?? here.status,
              requestId: e.requestId ?? here.requestId,
              depth: depth + 1,
            });
          }
        }
      }
    } else if (child !== null && typeof child === "object") {
      walk(child, here, depth + 1, stringDepth, out, keys, budget);
    }
  }
}

function errorsFromValue(value: LooseValue, flavor: LooseFlavor, start: number, end: number, stringDepth: number): RawError[] {
  const candidates: Candidate[] = [];
  const keys = new Set<string>();
  walk(value, { status: null, requestId: null }, 0, stringDepth, candidates, keys, { nodes: 5000 });
  if (candidates.length === 0) return [];
  // When some object carries a code, objects with only a message are
  // wrappers (an HTTP client's "Request failed with status code 401").
  // An object that only reports a failed call ("Request failed with status
  // code 400") stands for the error only when nothing in the tree says more.
  const withCode = candidates.filter((c) => c.code);
  const withMessage = candidates.filter((c) => c.message);
  const kept = withCode.length > 0 ? withCode : withMessage.length > 0 ? withMessage : candidates;
  // Tree-wide fallbacks for status and request id.
  const anyStatus = candidates.find((c) => c.status !== null)?.status ?? null;
  const anyRequestId = candidates.find((c) => c.requestId !== null)?.requestId ?? null;
  const source = sourceOf(flavor, keys);
  const seen = new Set<string>();
  const errors: RawError[] = [];
  for (const c of kept) {
    const key = `${c.code ?? ""}\u0000${c.message ?? ""}`;
    if (seen.has(key)) {
      // The same error twice in one body (error.code and error_code): fill gaps only.
      const prior = errors.find((e) => `${e.code ?? ""}\u0000${e.message ?? ""}` === key)!;
      prior.httpStatus = prior.httpStatus ?? c.status;
      prior.requestId = prior.requestId ?? c.requestId;
      continue;
    }
    seen.add(key);
    errors.push({
      code: c.code,
      message: c.message,
      httpStatus: c.status ?? anyStatus,
      requestId: c.requestId ?? anyRequestId,
      offset: start,
      end,
      source,
      structured: true,
    });
  }
  return errors;
}

/** One level of backslash escaping removed, from `start` to the closing unescaped quote or line end. */
function unescapeRun(text: string, start: number): { text: string; end: number } {
  let out = "";
  let i = start;
  let runStart = start;
  const limit = Math.min(text.length, start + 1_000_000);
  while (i < limit) {
    const c = text.charCodeAt(i);
    if (c === 92 /* \ */ && i + 1 < limit) {
      out += text.slice(runStart, i);
      const e = text[i + 1];
      out += e === "n" ? "\n" : e === "t" ? "\t" : e === "r" ? "\r" : e === '"' || e === "\\" || e === "/" ? e : `\\${e}`;
      i += 2;
      runStart = i;
      continue;
    }
    if (c === 34 /* " */ || c === 10 /* \n */) break;
    i++;
  }
  out += text.slice(runStart, i);
  return { text: out, end: i };
}

/**
 * Every JSON-like body in `text` that holds at least one error field.
 * `stringDepth` counts how deep inside escaped strings this text already is.
 */
export function scanJson(text: string, stringDepth = 0): JsonBody[] {
  const bodies: JsonBody[] = [];
  let pos = 0;
  while (bodies.length < MAX_BODIES) {
    const open = text.indexOf("{", pos);
    if (open === -1) break;
    let next = open + 1;
    // Peek past whitespace: a backslash-quote means the body is escaped inside a string.
    let p = open + 1;
    while (p < text.length && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 10 || text.charCodeAt(p) === 13)) p++;
    if (text.charCodeAt(p) === 92 && text.charCodeAt(p + 1) === 34) {
      const run = unescapeRun(text, open);
      if (stringDepth < MAX_NESTED_STRING_DEPTH) {
        const parsed = parseLoose(run.text, 0);
        if (isLooseObject(parsed.value)) {
          const errors = errorsFromValue(parsed.value, parsed.flavor, open, run.end, stringDepth + 1);
          if (errors.length > 0) bodies.push({ start: open, end: run.end, errors });
        }
      }
      next = Math.max(run.end, open + 1);
    } else {
      const parsed = parseLoose(text, open);
      if (isLooseObject(parsed.value) && parsed.value.entries.length > 0) {
        const errors = errorsFromValue(parsed.value, parsed.flavor, open, parsed.end, stringDepth);
        if (errors.length > 0) bodies.push({ start: open, end: parsed.end, errors });
      }
      // Resume where the read stopped (where it broke off, for broken text):
      // bodies nested before that point were read with it.
      next = Math.max(parsed.end, open + 1);
    }
    pos = next;
  }
  return bodies;
}
