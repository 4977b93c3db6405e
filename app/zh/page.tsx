import type { Metadata } from "next";
import { HomeView, homeMetadata } from "@/components/pages/HomeView";

export const metadata: Metadata = homeMetadata("zh");

export default function ChineseHomePage() {
  return <HomeView locale="zh" />;
}
