import { catalogueMessages } from "../i18n/messages/catalogue";
import type { Locale } from "../i18n/locales";
import { LAYER_FAMILY, LAYERS, type Layer } from "./constants";

/** How each layer's codes are written in lists: "AIS.*", "APIGW.*". Its name and blurb are UI text (lib/i18n). */
export const LAYER_FAMILY_PATTERN = Object.fromEntries(LAYERS.map((l) => [l, `${LAYER_FAMILY[l]}.*`])) as Record<Layer, string>;

const en = catalogueMessages.en;

/** English names for the command line and the escalation packet. */
export const LAYER_INFO: Record<Layer, { title: string; family: string; blurb: string }> = Object.fromEntries(
  LAYERS.map((l) => [l, { ...en.layers[l], family: LAYER_FAMILY_PATTERN[l] }]),
) as Record<Layer, { title: string; family: string; blurb: string }>;
export const FIX_OWNER_LABEL = en.fixOwner;
export const RETRY_LABEL = en.retry;

/**
 * The source of the line on how APIG.* and APIGW.* differ (catalogueMessages.gatewayFamilies):
 * OCR's error-code page, which lists the APIG.* codes and sends APIGW.* to the API signing guide
 * (content/facts/facts.md, "Mapping caveats"), in the page's language.
 */
export const GATEWAY_FAMILIES_SOURCE: Record<Locale, string> = {
  en: "https://support.huaweicloud.com/intl/en-us/api-ocr/ocr_03_0028.html",
  zh: "https://support.huaweicloud.com/api-ocr/ocr_03_0028.html",
};
