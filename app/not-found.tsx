import type { Metadata } from "next";
import { NotFoundView, notFoundMetadata } from "@/components/pages/NotFoundView";
import { SiteShell } from "@/components/site/SiteShell";

export const metadata: Metadata = notFoundMetadata("en");

/** An address no route matches, outside /zh: the English not-found page, in a document of its own. */
export default function RootNotFound() {
  return (
    <SiteShell locale="en">
      <NotFoundView locale="en" />
    </SiteShell>
  );
}
