import { notFound } from "next/navigation";

/** Any other address under /zh: the Chinese not-found page (zh/not-found.tsx), in the Chinese document. */
export default function ChineseUnmatched() {
  notFound();
}
