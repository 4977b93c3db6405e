import type { Metadata } from "next";
import { HomeView, homeMetadata } from "@/components/pages/HomeView";

export const metadata: Metadata = homeMetadata("en");

export default function HomePage() {
  return <HomeView locale="en" />;
}
