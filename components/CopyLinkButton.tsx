"use client";

import type { Locale } from "@/lib/i18n/locales";
import { catalogueMessages } from "@/lib/i18n/messages/catalogue";
import { CopyButton } from "./CopyButton";

/** Copies the absolute link to an anchor on the current page. */
export function CopyLinkButton({ anchor, what, locale }: { anchor: string; what: string; locale: Locale }) {
  const m = catalogueMessages[locale].page;
  return (
    <CopyButton
      label={m.copyLink}
      ariaLabel={m.copyLinkTo(what)}
      text={() => `${window.location.origin}${window.location.pathname}#${anchor}`}
      testId={`copy-link-${anchor}`}
      locale={locale}
    />
  );
}
