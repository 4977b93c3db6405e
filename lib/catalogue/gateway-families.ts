import type { Locale } from "../i18n/locales";

/**
 * The source of the line on how APIG.* and APIGW.* differ (catalogueMessages.gatewayFamilies):
 * OCR's error-code page, which lists the APIG.* codes and sends APIGW.* to the API signing guide
 * (content/facts/facts.md, "Mapping caveats"), in the page's language.
 */
export const GATEWAY_FAMILIES_SOURCE: Record<Locale, string> = {
  en: "https://support.huaweicloud.com/intl/en-us/api-ocr/ocr_03_0028.html",
  zh: "https://support.huaweicloud.com/api-ocr/ocr_03_0028.html",
};
