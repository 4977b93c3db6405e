import type { Metadata } from "next";
import { DiagnoseView, diagnoseMetadata } from "@/components/pages/DiagnoseView";

export const metadata: Metadata = diagnoseMetadata("en");

export default function DiagnosePage() {
  return <DiagnoseView locale="en" />;
}
