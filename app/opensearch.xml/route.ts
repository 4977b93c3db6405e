import { openSearchResponse } from "@/components/site/opensearch";

/** The English OpenSearch description: browsers add the desk as a search engine (`/?q=…`). */
export const dynamic = "force-dynamic";

export function GET(request: Request): Response {
  return openSearchResponse("en", request);
}
