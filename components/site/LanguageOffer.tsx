"use client";

import { useEffect, useState } from "react";
import { HTML_LANG, localePath } from "@/lib/i18n/locales";
import { siteMessages } from "@/lib/i18n/messages/site";

const basePath = process.env.NEXT_PUBLIC_BASE_PATH ?? "";

/**
 * On the English home page, one line offering the Chinese edition when the browser
 * prefers Chinese. Never a redirect: a link always opens what it points to.
 */
export function LanguageOffer() {
  const [prefersChinese, setPrefersChinese] = useState(false);
  useEffect(() => {
    const first = navigator.languages?.[0] ?? navigator.language ?? "";
    setPrefersChinese(/^zh\b/i.test(first));
  }, []);
  if (!prefersChinese) return null;
  const m = siteMessages.en.language;
  return (
    <p lang={HTML_LANG.zh} className="mb-3 text-sm" data-testid="language-offer">
      {m.offer}
      <a href={`${basePath}${localePath("zh", "/")}`} hrefLang={HTML_LANG.zh} className="text-blue-800 underline">
        {m.offerLink}
      </a>
    </p>
  );
}
