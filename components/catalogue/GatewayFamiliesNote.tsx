import { GATEWAY_FAMILIES_SOURCE } from "@/lib/catalogue/gateway-families";
import { catalogueMessages } from "@/lib/i18n/messages/catalogue";
import type { Locale } from "@/lib/i18n/locales";

/** One sourced line on how the APIG.* and APIGW.* families differ, with its source link. */
export function GatewayFamiliesNote({ locale, className = "" }: { locale: Locale; className?: string }) {
  const g = catalogueMessages[locale].gatewayFamilies;
  return (
    <p className={`text-sm text-slate-700 ${className}`} data-testid="gateway-families">
      {g.text}{" "}
      <a href={GATEWAY_FAMILIES_SOURCE[locale]} className="text-blue-800 underline" rel="noreferrer">
        {g.sourceLabel}
      </a>
    </p>
  );
}
