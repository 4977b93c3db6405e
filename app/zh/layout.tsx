import type { Metadata } from "next";
import { SiteShell } from "@/components/site/SiteShell";
import { siteMetadata } from "@/components/site/metadata";

export const metadata: Metadata = siteMetadata("zh");

export default function ChineseLayout({ children }: { children: React.ReactNode }) {
  return <SiteShell locale="zh">{children}</SiteShell>;
}
