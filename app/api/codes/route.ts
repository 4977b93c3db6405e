import { catalogue } from "@/lib/catalogue";
import { toPublicEntry } from "@/lib/catalogue/public";
import { methodNotAllowed } from "@/lib/http/json-error";
import { langParam } from "@/lib/http/lang-param";

// Answered per request: the `lang` query changes the answer.
export const dynamic = "force-dynamic";

/** GET /api/codes: the whole catalogue; `?lang=zh` gives the text fields in Chinese. */
export function GET(request: Request) {
  const lang = langParam(request.url);
  if ("error" in lang) return lang.error;
  const basePath = process.env.NEXT_PUBLIC_BASE_PATH ?? "";
  return Response.json(catalogue.map((entry) => toPublicEntry(entry, basePath, lang.locale ?? "en")));
}

const notAllowed = methodNotAllowed("GET", "GET /api/codes lists every entry.");
export { notAllowed as POST, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
