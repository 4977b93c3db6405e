/**
 * A complete HTTP/1.1 response as bytes, for the few answers the production
 * server writes straight to the socket: requests Node cannot hand to a
 * handler (an unknown method, a malformed request, headers too large, a
 * request that took too long) and CONNECT. Each carries the security headers
 * and a JSON error, and closes the connection.
 */
import { STATUS_CODES } from "node:http";
import type { Header } from "./security-headers";

export interface ClientErrorAnswer {
  status: number;
  error: string;
  message: string;
  allow?: string;
}

/** What to answer for a Node client error code (`err.code` of the server's "clientError" event). */
export function clientErrorAnswer(code: string | undefined): ClientErrorAnswer {
  switch (code) {
    case "HPE_INVALID_METHOD":
      return {
        status: 405,
        error: "method_not_allowed",
        message: "This method is not answered here. Pages answer GET and HEAD; the API answers GET, HEAD and POST.",
        allow: "GET, HEAD, POST",
      };
    case "HPE_HEADER_OVERFLOW":
      return {
        status: 431,
        error: "headers_too_large",
        message: "The request headers are too large. Send fewer or shorter headers (cookies, for example).",
      };
    case "ERR_HTTP_REQUEST_TIMEOUT":
      return {
        status: 408,
        error: "request_timeout",
        message: "The request was not received in time. Send the whole request, body included, without pausing.",
      };
    default:
      return { status: 400, error: "bad_request", message: "The request is not valid HTTP/1.1 and could not be read." };
  }
}

export function rawJsonResponse(status: number, body: string, headers: readonly Header[], extra: Record<string, string> = {}): string {
  const lines = [`HTTP/1.1 ${status} ${STATUS_CODES[status] ?? "Error"}`];
  for (const { key, value } of headers) lines.push(`${key}: ${value}`);
  for (const [key, value] of Object.entries(extra)) lines.push(`${key}: ${value}`);
  lines.push(
    "Content-Type: application/json; charset=utf-8",
    "Cache-Control: no-store",
    `Content-Length: ${Buffer.byteLength(body)}`,
    "Connection: close",
  );
  return `${lines.join("\r\n")}\r\n\r\n${body}`;
}

export function rawClientError(answer: ClientErrorAnswer, headers: readonly Header[]): string {
  const body = JSON.stringify({ error: answer.error, message: answer.message });
  return rawJsonResponse(answer.status, body, headers, answer.allow ? { Allow: answer.allow } : {});
}
