import { entryByCode, entryBySlug } from "@/lib/catalogue";
import { toPublicEntry } from "@/lib/catalogue/public";
import { methodNotAllowed } from "@/lib/http/json-error";
import { familyOf, parseCode } from "@/lib/codes/normalize";
import { langParam } from "@/lib/http/lang-param";

// Answered per request: the `lang` query changes the answer, so nothing here is prerendered.
export const dynamic = "force-dynamic";

/** GET /api/codes/<CODE>: one entry, in any spelling of its code (`?lang=zh`: in Chinese); 404 with a JSON error otherwise. */
export async function GET(request: Request, { params }: { params: Promise<{ code: string }> }) {
  // Next.js hands the segment over already percent-decoded; decoding it again would turn "%25" into "%" and then fail.
  const { code: requested } = await params;
  const lang = langParam(request.url);
  if ("error" in lang) return lang.error;
  const entry = entryBySlug(requested) ?? entryByCode(requested);
  if (entry) {
    return Response.json(toPublicEntry(entry, process.env.NEXT_PUBLIC_BASE_PATH ?? "", lang.locale ?? "en"));
  }
  const parsed = parseCode(requested);
  return Response.json(
    {
      error: "unknown_code",
      message: parsed
        ? `${parsed.canonical} is not in the catalogue${parsed.known ? "" : ` (the ${familyOf(parsed.canonical)} family belongs to another service)`}. GET /api/codes lists every code.`
        : `"${requested.slice(0, 80)}" is not an error code. Codes look like AIS.0101, ModelArts.4204, APIG.0308 or APIGW.0101; GET /api/codes lists them all.`,
      code: parsed?.canonical ?? null,
      family: parsed?.family ?? null,
    },
    { status: 404 },
  );
}

const notAllowed = methodNotAllowed("GET", "GET /api/codes/<CODE> returns one entry.");
export { notAllowed as POST, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
