/**
 * Reads the HTTP side of a paste: status lines (curl -i, curl -v `< HTTP/1.1
 * 429`, proxy logs), the title of an HTML error page ("502 Bad Gateway"),
 * request ids (X-Request-Id and x-obs-request-id headers, request_id=...
 * in logs, <RequestId>, 请求ID), Date headers, and the ways logs and prose
 * give a status ("error[401]", "Error code: 429", "status code 401",
 * "**Status code: 400**", "状态码：400", a table cell holding only "429",
 * "`413` + `{...}`"). These are hints: the assembler gives each error the
 * hints of its own response or log record.
 */
import type { ContextHint } from "../types";

// HTTP/1.1 429, and keystoneauth's debug log "RESP: [403] Content-Length: ...".
const STATUS_LINE = /(?<![A-Za-z0-9])(?:HTTP\/\d(?:\.\d)?[ \t]+|RESP:[ \t]*\[)(\d{3})(?!\d)/g;

// <title>502 Bad Gateway</title>, <h1>504 Gateway Time-out</h1>: an HTML error page from a proxy.
const HTML_STATUS = /<(?:title|h1)>[ \t]*(?:Error[ \t]+)?([45]\d\d)(?![\d.])/gi;

// Request ids by their labels: X-Request-Id, x-obs-request-id, X-Openstack-Request-Id headers;
// request_id / requestId / request-id / RequestId fields; <RequestId> elements; 请求ID.
const REQUEST_ID_LABEL =
  /(?<![A-Za-z0-9_-])["']?(?:x-(?:openstack-|obs-|amz-)?request-id|request[_-]?id|requestid)["']?[ \t]*[:=][ \t]*["']?([A-Za-z0-9][A-Za-z0-9_.:-]{7,127})/gi;
const REQUEST_ID_ELEMENT = /<RequestId>[ \t]*([A-Za-z0-9][A-Za-z0-9_.:-]{7,127})[ \t]*<\/RequestId>/gi;
const REQUEST_ID_ZH = /(?:请求ID|请求id|請求ID|Request ID)[ \t]*(?:[:：=][ \t]*)?([A-Za-z0-9][A-Za-z0-9_.:-]{7,127})/g;

const DATE_HEADER =
  /(?<![A-Za-z0-9_-])["']?date["']?[ \t]*:[ \t]*["']?([A-Z][a-z]{2}, \d{1,2} [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d(?: GMT)?)/gi;

const STATUS_PROSE = [
  // status code 401, Status code: 400, statusCode=404, http_status: 429, "status": 401, Error code: 429
  /(?<![A-Za-z0-9_])(?:http[ _-]?)?(?:status|response|error)(?:[ _-]?code)?["']?[ \t]*(?:[:=][ \t]*)?["']?(\d{3})(?![\d.])/gi,
  // error[401], HTTP 429, HTTP error 504
  /(?<![A-Za-z0-9_])(?:error|http(?: error)?)(?:[ \t]*[[(][ \t]*|[ \t]+)(\d{3})(?![\d.])/gi,
  // 429 Client Error: Too Many Requests (Python requests)
  /(?<![\d.])(\d{3})[ \t]+(?:Client|Server)[ \t]+Error\b/g,
  // Chinese docs and logs: 状态码：400, 返回状态码: 429, HTTP状态码 401, the number on the next line.
  /(?:状态码|狀態碼|响应码|響應碼|返回码|返回碼)[ \t]*(?:[:：=][ \t]*)?(?:\r?\n[ \t]*)?(\d{3})(?![\d.])/g,
  // A line (or table cell) that is only a 4xx/5xx status.
  /^[ \t|*`]*([45]\d\d)[ \t|*`]*$/gm,
  // A table cell holding only a 4xx/5xx: "| APIG.0201 | Backend unavailable. | 502 |".
  /(?<=\|[ \t*`]{0,4})([45]\d\d)(?=[ \t*`]{0,4}\|)/g,
  // A 4xx/5xx written just before a body: "`413` + `{...}`", "| 401 | {...} |", "400 {...}".
  /(?<![\w.])([45]\d\d)(?![\w.])[ \t`*|+:=>-]{0,12}(?=[`'"]?\{)/g,
];

function status(value: string): string | null {
  const n = Number(value);
  return n >= 100 && n <= 599 ? String(n) : null;
}

function collect(re: RegExp, text: string, each: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    each(m);
    if (m[0].length === 0) re.lastIndex++;
  }
}

/** Status, request-id and date hints in `text`, in order of position. */
export function scanHttp(text: string): ContextHint[] {
  const hints: ContextHint[] = [];
  const lineStarts = new Set<number>();
  for (const re of [STATUS_LINE, HTML_STATUS]) {
    collect(re, text, (m) => {
      const s = status(m[1]!);
      if (!s) return;
      hints.push({ kind: "status", value: s, offset: m.index, statusLine: true });
      lineStarts.add(m.index);
    });
  }
  const prose = new Set<number>();
  for (const re of STATUS_PROSE) {
    collect(re, text, (m) => {
      const s = status(m[1]!);
      if (!s || lineStarts.has(m.index) || prose.has(m.index)) return;
      prose.add(m.index);
      hints.push({ kind: "status", value: s, offset: m.index });
    });
  }
  const ids = new Set<number>();
  for (const re of [REQUEST_ID_LABEL, REQUEST_ID_ELEMENT, REQUEST_ID_ZH]) {
    collect(re, text, (m) => {
      if (ids.has(m.index) || /^(none|null|undefined)$/i.test(m[1]!)) return;
      ids.add(m.index);
      hints.push({ kind: "requestId", value: m[1]!, offset: m.index });
    });
  }
  collect(DATE_HEADER, text, (m) => hints.push({ kind: "date", value: m[1]!, offset: m.index }));
  hints.sort((a, b) => a.offset - b.offset);
  return hints;
}
