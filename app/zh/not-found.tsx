import type { Metadata } from "next";
import { NotFoundView, notFoundMetadata } from "@/components/pages/NotFoundView";

export const metadata: Metadata = notFoundMetadata("zh");

export default function ChineseNotFound() {
  return <NotFoundView locale="zh" />;
}
