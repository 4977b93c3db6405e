import type { Metadata } from "next";
import { UnknownCodeView, unknownCodeMetadata } from "@/components/pages/UnknownCodeView";

export const metadata: Metadata = unknownCodeMetadata("en");

/** /codes/<not in the catalogue>, by way of middleware.ts's rewrite; answered with 404. */
export default function UnknownCodePage() {
  return <UnknownCodeView locale="en" />;
}
