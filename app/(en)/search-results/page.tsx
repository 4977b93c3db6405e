import type { Metadata } from "next";
import { HomeView, homeMetadata, searchOnServer } from "@/components/pages/HomeView";
import { paramsFromRecord } from "@/lib/search/url-state";

export const metadata: Metadata = homeMetadata("en");

// Rendered on each request: the results depend on the query.
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * The home page with the results for its address's query already in it, for a browser without JavaScript.
 * Reached through proxy.ts, which sends a page load of `/?q=…` here; the address stays as it was.
 */
export default async function HomeWithResultsPage({ searchParams }: Props) {
  return <HomeView locale="en" search={searchOnServer(paramsFromRecord(await searchParams))} />;
}
