"use client";

import { type Locale } from "@/lib/i18n/locales";
import { catalogueMessages } from "@/lib/i18n/messages/catalogue";
import { CopyButton } from "./CopyButton";

/** Copies an entry as Markdown; the page's absolute address is filled in at click time. */
export function CopyMarkdownButton({ markdown, locale }: { markdown: string; locale: Locale }) {
  return (
    <CopyButton
      label={catalogueMessages[locale].page.copyMarkdown}
      testId="copy-markdown"
      className="rounded border border-slate-400 bg-white px-3 py-1 text-sm hover:bg-slate-100 focus:outline-2 focus:outline-blue-700"
      text={() => markdown.replaceAll("{{PAGE_URL}}", `${window.location.origin}${window.location.pathname}`)}
      locale={locale}
    />
  );
}
