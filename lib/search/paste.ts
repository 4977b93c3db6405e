/**
 * Whether a search query is really a pasted response (JSON body, a status
 * line, headers, an exception, a stack trace or log lines) that the diagnose
 * page reads better than search does. The UI then opens it on the diagnose
 * page (when it was pasted) or offers to (when it was typed).
 *
 * The checks run in order, the most telling first: a Python traceback holds
 * JSON and a status, a log holds exceptions, an HTTP response holds headers
 * and JSON; the label names what the paste is as a whole.
 */

/** The kinds pasteKind names; the UI words each one (lib/i18n/messages/search.ts, paste.kinds). */
export type PasteKind =
  | "python traceback"
  | "http response"
  | "log lines"
  | "exception"
  | "stack trace"
  | "headers"
  | "json"
  | "error fields"
  | "status"
  | "several lines";

/** A line of a log: it starts with a date and time, or with a level. */
const LOG_LINE =
  /^[ \t]*(?:\[?\d{4}[-/]\d{2}[-/]\d{2}[T ]\d{2}:\d{2}|\[?\d{2}:\d{2}:\d{2}[.,]\d+|\[?(?:TRACE|DEBUG|INFO|WARN|WARNING|ERROR|FATAL|SEVERE)\]?[ \t:])/gm;

const checks: Array<[RegExp | ((text: string) => boolean), PasteKind]> = [
  // Python: the traceback header, or its "File ..., line n" frames.
  [/Traceback \(most recent call last\)|^[ \t]*File "[^"\n\r]+", line \d+/m, "python traceback"],
  // A raw HTTP response or a curl -i / -v transcript: a status line at the start of a line.
  [/^[ \t<]*HTTP\/\d(?:\.\d)?\s+\d{3}\b/im, "http response"],
  // Two or more lines of a log.
  [(text) => (text.match(LOG_LINE) ?? []).length >= 2, "log lines"],
  // Exceptions (Java, .NET, Python, JS SDKs): a qualified exception class, or one followed by its message.
  [/(?<![\w.])(?:[a-z_]\w*\.){2,}[A-Z]\w*(?:Exception|Error)\b/, "exception"],
  [
    /\b(ClientRequestException|ServerResponseException|ServiceResponseException|SdkException|ConnectionException|RequestTimeoutException)\b/,
    "exception",
  ],
  [/\b[A-Z][A-Za-z0-9]*(?:Exception|Error)\b\s*[:(]/, "exception"],
  // Stack frames without the exception line (Java, Node: "at x.y(File.java:12)", "at f (file.js:1:2)").
  [/^[ \t]+at [\w$.<>]+ ?\([^\n\r()]*\)$/m, "stack trace"],
  // A status line inside other text.
  [/\bHTTP\/\d(?:\.\d)?\s+\d{3}\b/i, "http response"],
  // Response headers.
  [/^[ \t]*(x-request-id|x-apig-[\w-]+|content-type|www-authenticate)[ \t]*:/im, "headers"],
  // JSON: an object with a quoted key, or the documented error fields.
  [/\{\s*"[^"]+"\s*:/, "json"],
  [/["']?(error_code|error_msg|errorCode|errorMsg|error_message|request_id)["']?\s*[:=]/i, "error fields"],
  [/\b(status(?:\s*code)?|statusCode)\s*[:=]\s*\d{3}\b/i, "status"],
];

/** The kind of paste the query looks like, or null for an ordinary search. */
export function pasteKind(query: string): PasteKind | null {
  if (!query) return null;
  const text = query.trim();
  if (text.length < 8) return null;
  for (const [check, kind] of checks) if (typeof check === "function" ? check(text) : check.test(text)) return kind;
  // Several non-empty lines are a paste, not something typed into a search box.
  if (text.split(/\r?\n/).filter((line) => line.trim()).length >= 3) return "several lines";
  return null;
}

export function looksLikePaste(query: string): boolean {
  return pasteKind(query) !== null;
}
