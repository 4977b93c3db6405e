import { catalogue, entryBySlug } from "@/lib/catalogue";
import { createClassifier } from "@/lib/classify";
import { toApiResult } from "@/lib/diagnose/api-finding";
import { MAX_API_BODY_BYTES } from "@/lib/diagnose/limits";
import { readTextBody } from "@/lib/http/read-body";
import { jsonError as error, methodNotAllowed } from "@/lib/http/json-error";

const classify = createClassifier(catalogue);

/**
 * POST /api/classify: the body is the pasted text (text/plain) or JSON {"text": "..."}.
 * Answers {"findings": [...]}, most important first.
 */
export async function POST(request: Request) {
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
    return read.reason === "too-large"
      ? error(413, "body_too_large", `The body is over ${MAX_API_BODY_BYTES / 1024 / 1024} MiB. Send only the failing response (its body and status line), not a whole log.`)
      : error(400, "body_unreadable", "The request body could not be read. Send the pasted text as text/plain, or JSON {\"text\": \"...\"}.");
  }

  let text = read.text;
  if (isJson) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return error(400, "invalid_json", 'The body is declared as JSON but is not valid JSON. Send {"text": "<the paste>"}, or send the paste itself as text/plain.');
    }
    if (!parsed || typeof parsed !== "object" || typeof (parsed as { text?: unknown }).text !== "string") {
      return error(400, "missing_text", 'A JSON body needs a string field "text" holding the paste: {"text": "..."}.');
    }
    text = (parsed as { text: string }).text;
  }
  if (text.trim() === "") {
    return error(400, "empty_body", "The body is empty. Send the error response to classify as text/plain, or JSON {\"text\": \"...\"}.");
  }

  const result = classify(text);
  const basePath = process.env.NEXT_PUBLIC_BASE_PATH ?? "";
  return Response.json(toApiResult(result, entryBySlug, basePath));
}

const notAllowed = methodNotAllowed("POST", 'Send the paste as the body (text/plain or JSON {"text": "..."}).');
export { notAllowed as GET, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
