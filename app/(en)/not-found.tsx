import type { Metadata } from "next";
import { NotFoundView, notFoundMetadata } from "@/components/pages/NotFoundView";

export const metadata: Metadata = notFoundMetadata("en");

export default function EnglishNotFound() {
  return <NotFoundView locale="en" />;
}
