import { openSearchResponse } from "@/components/site/opensearch";

/** The Chinese OpenSearch description (`/zh?q=…`). */
export const dynamic = "force-dynamic";

export function GET(request: Request): Response {
  return openSearchResponse("zh", request);
}
