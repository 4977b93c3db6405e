/**
 * Whether a search query is really a pasted response (JSON body, a status
 * line, headers, an exception or a stack trace) that the diagnose page reads
 * better than search does. The UI then offers "open it on the diagnose page".
 */

const checks: Array<[RegExp, string]> = [
  // JSON: an object with a quoted key, or the documented error fields.
  [/\{\s*"[^"]+"\s*:/, "json"],
  [/["']?(error_code|error_msg|errorCode|errorMsg|error_message|request_id)["']?\s*[:=]/i, "error fields"],
  // A status line: "HTTP/1.1 429 Too Many Requests", "HTTP/2 401".
  [/\bHTTP\/\d(?:\.\d)?\s+\d{3}\b/i, "status line"],
  [/\b(status(?:\s*code)?|statusCode)\s*[:=]\s*\d{3}\b/i, "status"],
  // Response headers.
  [/^[ \t]*(x-request-id|x-apig-[\w-]+|content-type|www-authenticate)[ \t]*:/im, "headers"],
  // Exceptions and stack traces (Java, Python, Go, JS, .NET SDKs).
  [/\b[A-Z][A-Za-z0-9]*(Exception|Error)\b\s*[:(]/, "exception"],
  [/(?<![\w.])(?:[a-z_]\w*\.){2,}[A-Z]\w*(Exception|Error)\b/, "exception"],
  [/Traceback \(most recent call last\)|^[ \t]+at [\w$.<>]+\([^\n\r()]*\)$|^[ \t]*File "[^"\n\r]+", line \d+/m, "stack trace"],
  [/\b(ClientRequestException|ServerResponseException|ServiceResponseException|SdkException|ConnectionException|RequestTimeoutException)\b/, "exception"],
];

/** The kind of paste the query looks like, or null for an ordinary search. */
export function pasteKind(query: string): string | null {
  if (!query) return null;
  const text = query.trim();
  if (text.length < 8) return null;
  for (const [pattern, kind] of checks) if (pattern.test(text)) return kind;
  // Several non-empty lines are a paste, not something typed into a search box.
  if (text.split(/\r?\n/).filter((line) => line.trim()).length >= 3) return "several lines";
  return null;
}

export function looksLikePaste(query: string): boolean {
  return pasteKind(query) !== null;
}
