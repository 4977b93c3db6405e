import { catalogue } from "@/lib/catalogue";
import { toPublicEntry } from "@/lib/catalogue/public";
import { methodNotAllowed } from "@/lib/http/json-error";

export const dynamic = "force-static";

/** GET /api/codes: the whole catalogue. */
export function GET() {
  const basePath = process.env.NEXT_PUBLIC_BASE_PATH ?? "";
  return Response.json(catalogue.map((entry) => toPublicEntry(entry, basePath)));
}

const notAllowed = methodNotAllowed("GET", "GET /api/codes lists every entry.");
export { notAllowed as POST, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
