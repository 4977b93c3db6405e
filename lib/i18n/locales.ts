/** The languages the desk is written in. No dependencies: browser code imports this cheaply. */

export const LOCALES = ["en", "zh"] as const;
export type Locale = (typeof LOCALES)[number];

/** The `<html lang>` and `hreflang` value of each language. */
export const HTML_LANG: Record<Locale, string> = { en: "en", zh: "zh-CN" };

/** The path prefix of each language: English lives at the root, Chinese under /zh. */
const PREFIX: Record<Locale, string> = { en: "", zh: "/zh" };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

export function otherLocale(locale: Locale): Locale {
  return locale === "en" ? "zh" : "en";
}

/** A site path ("/", "/codes/APIG.0308", "/diagnose") in a language: "/zh", "/zh/codes/APIG.0308" ... */
export function localePath(locale: Locale, path: string): string {
  const prefix = PREFIX[locale];
  if (!prefix) return path;
  return path === "/" ? prefix : `${prefix}${path}`;
}

/** The language a site path (without any base path) is in, and the path with the language taken off. */
export function splitLocale(path: string): { locale: Locale; path: string } {
  for (const locale of LOCALES) {
    const prefix = PREFIX[locale];
    if (!prefix) continue;
    if (path === prefix || path === `${prefix}/`) return { locale, path: "/" };
    if (path.startsWith(`${prefix}/`)) return { locale, path: path.slice(prefix.length) };
  }
  return { locale: "en", path };
}
