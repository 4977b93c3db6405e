import type { Metadata } from "next";
import { SiteShell } from "@/components/site/SiteShell";
import { siteMetadata } from "@/components/site/metadata";

export const metadata: Metadata = siteMetadata("en");

export default function EnglishLayout({ children }: { children: React.ReactNode }) {
  return <SiteShell locale="en">{children}</SiteShell>;
}
