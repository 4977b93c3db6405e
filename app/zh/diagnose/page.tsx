import type { Metadata } from "next";
import { DiagnoseView, diagnoseMetadata } from "@/components/pages/DiagnoseView";

export const metadata: Metadata = diagnoseMetadata("zh");

export default function ChineseDiagnosePage() {
  return <DiagnoseView locale="zh" />;
}
