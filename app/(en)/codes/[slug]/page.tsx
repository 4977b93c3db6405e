import type { Metadata } from "next";
import { CodePageView, codePageMetadata, codePageParams, type CodePageProps } from "@/components/pages/CodePageView";

// Every entry is prerendered; proxy.ts redirects other spellings and sends unknown codes to /unknown-code.
export const dynamicParams = false;

export function generateStaticParams() {
  return codePageParams();
}

export function generateMetadata(props: CodePageProps): Promise<Metadata> {
  return codePageMetadata(props, "en");
}

export default function CodePage(props: CodePageProps) {
  return <CodePageView {...props} locale="en" />;
}
