import { entryBySlug } from "@/lib/catalogue";
import { localizeApiResult } from "@/lib/diagnose/api-finding";
import { MAX_API_BODY_BYTES } from "@/lib/diagnose/limits";
import { readTextBody } from "@/lib/http/read-body";
import { jsonError as error, methodNotAllowed } from "@/lib/http/json-error";
import { localePath } from "@/lib/i18n/locales";
import { langParam } from "@/lib/http/lang-param";
import { classifyPool } from "@/lib/server/classify-pool";

/**
 * POST /api/classify: the body is the pasted text (text/plain) or JSON {"text": "..."}.
 * Answers {"findings": [...]}, most frequent first. The classifier runs in a
 * worker thread with a time budget (lib/server/classify-pool.ts), never on the
 * thread that serves pages.
 *
 * POST /api/classify?lang=zh (or lang=en) answers with the findings' text in
 * that language (the cause's title, how to tell it and its steps, the entry's
 * summary, retry advice and ticket items, its page under /zh/codes/) and
 * `"lang"`; codes, messages, request ids, lines and times stay as they are.
 * Without `lang` the answer is as it always was.
 */
export async function POST(request: Request) {
  const lang = langParam(request.url);
  if ("error" in lang) return lang.error;
  const type = (request.headers.get("content-type") ?? "").toLowerCase();
  const isJson = /^application\/(?:[\w.+-]+\+)?json(?:\s*;|$)/.test(type);
  // curl's -d and --data-binary send application/x-www-form-urlencoded unless told otherwise: read it as text.
  const isText = type.startsWith("text/") || type.startsWith("application/x-www-form-urlencoded");
  if (type && !isJson && !isText) {
    return error(
      415,
      "unsupported_content_type",
      `Content type "${type.split(";")[0]}" is not accepted. Send the paste as text/plain, or as application/json {"text": "..."}.`,
    );
  }
  const read = await readTextBody(request, MAX_API_BODY_BYTES);
  if (!read.ok) {
    if (read.reason === "charset") return error(415, "unsupported_charset", read.message);
    return read.reason === "too-large"
      ? error(
          413,
          "body_too_large",
          `The body is over ${MAX_API_BODY_BYTES / 1024 / 1024} MiB. Send only the failing response (its body and status line), not a whole log.`,
        )
      : error(400, "body_unreadable", 'The request body could not be read. Send the pasted text as text/plain, or JSON {"text": "..."}.');
  }

  let text = read.text;
  if (isJson) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return error(
        400,
        "invalid_json",
        'The body is declared as JSON but is not valid JSON. Send {"text": "<the paste>"}, or send the paste itself as text/plain.',
      );
    }
    if (!parsed || typeof parsed !== "object" || typeof (parsed as { text?: unknown }).text !== "string") {
      return error(400, "missing_text", 'A JSON body needs a string field "text" holding the paste: {"text": "..."}.');
    }
    text = (parsed as { text: string }).text;
  }
  if (text.trim() === "") {
    return error(400, "empty_body", 'The body is empty. Send the error response to classify as text/plain, or JSON {"text": "..."}.');
  }

  const basePath = process.env.NEXT_PUBLIC_BASE_PATH ?? "";
  const answer = await classifyPool().classify(text, basePath);
  if (answer.ok) {
    // Classified in a worker thread; only the wording changes with the language, so it is done here.
    return Response.json(lang.locale ? localizeApiResult(answer.result, entryBySlug, basePath, lang.locale) : answer.result);
  }
  const page = `${basePath}${localePath(lang.locale ?? "en", "/diagnose")}`;
  switch (answer.reason) {
    case "too-costly":
      return error(
        503,
        "paste_too_costly",
        `Classifying this paste took too long and was stopped (${answer.detail}). Paste it on the diagnose page (${page}), which reads it in your own browser, or send only the failing response.`,
      );
    case "busy":
      return error(
        503,
        "busy",
        `The server is classifying other pastes (${answer.detail}). Try again in a few seconds, or use the diagnose page (${page}).`,
        {
          "retry-after": "2",
        },
      );
    case "failed":
      return error(
        500,
        "classifier_failed",
        `The paste could not be classified (${answer.detail}). Try the diagnose page (${page}); your paste was not stored.`,
      );
  }
}

const notAllowed = methodNotAllowed("POST", 'Send the paste as the body (text/plain or JSON {"text": "..."}).');
export { notAllowed as GET, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
