import type { Metadata } from "next";
import { UnknownCodeView, unknownCodeMetadata } from "@/components/pages/UnknownCodeView";

/** The title names the code asked for, read from the same request header as the page. */
export function generateMetadata(): Promise<Metadata> {
  return unknownCodeMetadata("en");
}

/** /codes/<not in the catalogue>, by way of proxy.ts's rewrite; answered with 404. */
export default function UnknownCodePage() {
  return <UnknownCodeView locale="en" />;
}
