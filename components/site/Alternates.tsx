import { HTML_LANG, LOCALES, localePath } from "@/lib/i18n";

const basePath = process.env.NEXT_PUBLIC_BASE_PATH ?? "";

/**
 * The page's `hreflang` alternates: the same page in every language, and English as
 * the default. React places these `<link>` elements in the document head.
 */
export function Alternates({ path }: { path: string }) {
  return (
    <>
      {LOCALES.map((locale) => (
        <link key={locale} rel="alternate" hrefLang={HTML_LANG[locale]} href={`${basePath}${localePath(locale, path)}`} />
      ))}
      <link rel="alternate" hrefLang="x-default" href={`${basePath}${path}`} />
    </>
  );
}
