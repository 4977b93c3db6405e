"use client";

import type { Locale } from "@/lib/i18n/locales";
import { catalogueMessages } from "@/lib/i18n/messages/catalogue";
import { PAGE_URL_PLACEHOLDER } from "@/lib/catalogue/markdown-export";
import { CopyButton } from "./CopyButton";

const buttonClass = "rounded border border-slate-400 bg-white px-3 py-1 text-sm hover:bg-slate-100 focus:outline-2 focus:outline-blue-700";

/**
 * Copies Markdown made on the server (the whole entry by default, or one cause's steps, or a link
 * to the page); the page's absolute address is filled in at click time.
 */
export function CopyMarkdownButton({
  markdown,
  locale,
  label,
  ariaLabel,
  testId = "copy-markdown",
  small = false,
}: {
  markdown: string;
  locale: Locale;
  label?: string;
  ariaLabel?: string;
  testId?: string;
  small?: boolean;
}) {
  return (
    <CopyButton
      label={label ?? catalogueMessages[locale].page.copyMarkdown}
      ariaLabel={ariaLabel}
      testId={testId}
      className={small ? undefined : buttonClass}
      text={() => markdown.replaceAll(PAGE_URL_PLACEHOLDER, `${window.location.origin}${window.location.pathname}`)}
      locale={locale}
    />
  );
}
