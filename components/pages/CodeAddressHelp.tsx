"use client";

import { useEffect, useState, type ReactNode } from "react";
import slugs from "@/generated/slugs.json";
import { loadSearchModule } from "@/components/search/useSearchModule";
import { readCodeAddress } from "@/lib/catalogue/code-address";
import { HTML_LANG, type Locale } from "@/lib/i18n/locales";
import { siteMessages } from "@/lib/i18n/messages/site";
import type { ClosestCode, ClosestDoc } from "@/lib/search/closest";
import { UnknownCodeBody, unknownCodeTitle } from "./UnknownCodeBody";

interface Unknown {
  requested: string;
  locale: Locale;
  closest: ClosestCode<ClosestDoc & { slug: string }>[];
}

/**
 * The not-found page's answer to a code page address, in the browser. The Node server never needs it
 * (proxy.ts redirects other spellings and renders the unknown-code page), but a static host
 * (`npm run build:static`) answers every address it has no file for with 404.html, this page: there
 * another spelling of a known code is replaced by the code's page (`location.replace`, keeping the query and
 * fragment), and an unknown code gets the unknown-code page's text with the closest codes, in the address's
 * language. Any other address keeps the plain not-found text (`children`), which is also what is rendered
 * before the page's script runs.
 */
export function CodeAddressHelp({ locale, children }: { locale: Locale; children: ReactNode }) {
  const [unknown, setUnknown] = useState<Unknown | null>(null);

  useEffect(() => {
    const { pathname, search, hash } = window.location;
    const address = readCodeAddress(pathname, process.env.NEXT_PUBLIC_BASE_PATH ?? "", slugs);
    if (!address) return;
    if (address.kind === "redirect") {
      window.location.replace(address.to + search + hash);
      return;
    }
    if (address.kind === "page") {
      // The code's own page, at an address this host has no file for: try its folder once (`…/APIG.0308/`).
      if (!pathname.endsWith("/")) window.location.replace(`${address.to}/${search}${hash}`);
      return;
    }
    const { requested, locale: addressLocale } = address;
    setUnknown({ requested, locale: addressLocale, closest: [] });
    let current = true;
    loadSearchModule().then(
      (search) => {
        if (current) setUnknown({ requested, locale: addressLocale, closest: search.closestCodes(requested, search.searchDocs, 6) });
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, []);

  // The title names the code. Next writes the not-found page's own title again after effects have run (once
  // more on the root not-found page), so it is put back whenever the head changes while this page shows.
  useEffect(() => {
    if (!unknown) return;
    const wanted = `${unknownCodeTitle(unknown.requested, unknown.locale)} · ${siteMessages[unknown.locale].siteName}`;
    const apply = () => {
      if (document.title !== wanted) document.title = wanted;
    };
    apply();
    const observer = new MutationObserver(apply);
    observer.observe(document.head, { subtree: true, childList: true, characterData: true });
    return () => observer.disconnect();
  }, [unknown]);

  if (!unknown) return <>{children}</>;
  const body = <UnknownCodeBody locale={unknown.locale} requested={unknown.requested} closest={unknown.closest} />;
  return unknown.locale === locale ? body : <div lang={HTML_LANG[unknown.locale]}>{body}</div>;
}
