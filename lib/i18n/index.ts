import { catalogueMessages, type CatalogueMessages } from "./messages/catalogue";
import { diagnoseMessages, type DiagnoseMessages } from "./messages/diagnose";
import { examplesMessages, type ExamplesMessages } from "./messages/examples";
import { searchMessages, type SearchMessages } from "./messages/search";
import { siteMessages, type SiteMessages } from "./messages/site";
import type { Locale } from "./locales";

export { HTML_LANG, LOCALES, localePath, type Locale } from "./locales";

/**
 * The UI text, one typed dictionary per area and language (lib/i18n/messages/*.ts).
 * Every user-facing string a component shows comes from here; the Chinese
 * dictionaries have the type of the English ones, so a key missing from either
 * fails the type check, and tests/unit/i18n/messages.test.ts walks both.
 */
export interface Messages {
  site: SiteMessages;
  catalogue: CatalogueMessages;
  search: SearchMessages;
  diagnose: DiagnoseMessages;
  examples: ExamplesMessages;
}

export function messagesFor(locale: Locale): Messages {
  return {
    site: siteMessages[locale],
    catalogue: catalogueMessages[locale],
    search: searchMessages[locale],
    diagnose: diagnoseMessages[locale],
    examples: examplesMessages[locale],
  };
}
