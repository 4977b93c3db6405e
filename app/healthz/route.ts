import { catalogue } from "@/lib/catalogue";

export const dynamic = "force-dynamic";

/** GET /healthz: 200 when the catalogue is loaded, 503 otherwise. */
export function GET() {
  const loaded = catalogue.length > 0;
  return Response.json(
    { status: loaded ? "ok" : "catalogue-missing", entries: catalogue.length },
    { status: loaded ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
