"use client";

import { usePathname } from "next/navigation";
import { HTML_LANG, localePath, otherLocale, splitLocale, type Locale } from "@/lib/i18n/locales";
import { siteMessages } from "@/lib/i18n/messages/site";

const basePath = process.env.NEXT_PUBLIC_BASE_PATH ?? "";

/**
 * The link to the same page in the other language. A plain link (a whole page
 * load, since each language is its own document); the query and the fragment
 * (a search, a shared diagnosis, a cause anchor) go along when it is followed.
 */
export function LanguageSwitch({ locale }: { locale: Locale }) {
  const pathname = usePathname() ?? "/";
  const target = otherLocale(locale);
  const href = `${basePath}${localePath(target, splitLocale(pathname).path)}`;
  const site = siteMessages[locale];
  return (
    <a
      href={href}
      hrefLang={HTML_LANG[target]}
      lang={HTML_LANG[target]}
      aria-label={site.language.switchLabel}
      title={site.language.switchLabel}
      className="text-sm text-blue-800 underline-offset-2 hover:underline"
      data-testid="language-switch"
      onClick={(event) => {
        if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
        event.preventDefault();
        window.location.assign(`${href}${window.location.search}${window.location.hash}`);
      }}
    >
      {site.language.switchTo}
    </a>
  );
}
