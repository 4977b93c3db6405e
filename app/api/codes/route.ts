import { catalogue } from "@/lib/catalogue";
import { toPublicEntry } from "@/lib/catalogue/public";

export const dynamic = "force-static";

/** GET /api/codes: the whole catalogue. */
export function GET() {
  const basePath = process.env.NEXT_PUBLIC_BASE_PATH ?? "";
  return Response.json(catalogue.map((entry) => toPublicEntry(entry, basePath)));
}
