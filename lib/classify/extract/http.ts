/**
 * Reads the HTTP side of a paste: status lines (curl -i, curl -v `< HTTP/1.1
 * 429`, proxy logs), X-Request-Id headers, and the ways logs and prose give a
 * status ("error[401]", "Error code: 429", "status code 401", "**Status code:
 * 400**", "状态码：400", a table cell holding only "429"). These are hints: the assembler
 * gives each error the hints nearest to it.
 */
import type { ContextHint } from "../types";

const STATUS_LINE = /(?<![A-Za-z0-9])HTTP\/\d(?:\.\d)?[ \t]+(\d{3})(?!\d)/g;

const REQUEST_ID_HEADER =
  /(?<![A-Za-z0-9-])["']?x-(?:openstack-)?request-id["']?[ \t]*[:=][ \t]*["']?([A-Za-z0-9][A-Za-z0-9_.:\-]{7,127})/gi;

const STATUS_PROSE = [
  // status code 401, Status code: 400, statusCode=404, http_status: 429, "status": 401, Error code: 429
  /(?<![A-Za-z0-9_])(?:http[ _-]?)?(?:status|response|error)(?:[ _-]?code)?["']?[ \t]*[:=]?[ \t]*["']?(\d{3})(?![\d.])/gi,
  // error[401], HTTP 429, HTTP error 504
  /(?<![A-Za-z0-9_])(?:error|http(?: error)?)[ \t]*[\[( ][ \t]*(\d{3})(?![\d.])/gi,
  // 429 Client Error: Too Many Requests (Python requests)
  /(?<![\d.])(\d{3})[ \t]+(?:Client|Server)[ \t]+Error\b/g,
  // Chinese docs and logs: 状态码：400, 状态码: 429, HTTP状态码 401 (full-width or ASCII colon).
  /(?:状态码|狀態碼|响应码|響應碼)[ \t]*[:：=]?[ \t]*(\d{3})(?![\d.])/g,
  // A line (or table cell) that is only a 4xx/5xx status.
  /^[ \t|*]*([45]\d\d)[ \t|*]*$/gm,
];

function status(value: string): string | null {
  const n = Number(value);
  return n >= 100 && n <= 599 ? String(n) : null;
}

/** Status and request-id hints in `text`, in order of position. */
export function scanHttp(text: string): ContextHint[] {
  const hints: ContextHint[] = [];
  STATUS_LINE.lastIndex = 0;
  for (let m = STATUS_LINE.exec(text); m; m = STATUS_LINE.exec(text)) {
    const s = status(m[1]);
    if (s) hints.push({ kind: "status", value: s, offset: m.index, statusLine: true });
  }
  const lineStarts = new Set(hints.map((h) => h.offset));
  for (const re of STATUS_PROSE) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const s = status(m[1]);
      if (s && !lineStarts.has(m.index)) hints.push({ kind: "status", value: s, offset: m.index });
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  REQUEST_ID_HEADER.lastIndex = 0;
  for (let m = REQUEST_ID_HEADER.exec(text); m; m = REQUEST_ID_HEADER.exec(text)) {
    hints.push({ kind: "requestId", value: m[1], offset: m.index });
  }
  hints.sort((a, b) => a.offset - b.offset);
  return hints;
}
