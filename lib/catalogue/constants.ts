/** The fixed vocabularies of the catalogue. No dependencies but lib/codes/families, so browser code can import them cheaply. */
import { FAMILIES, LAYER_FAMILY, type FamilyLayer } from "../codes/families";

/** The layers of a call, one per code family, in catalogue order (lib/codes/families.ts lists them). */
export const LAYERS = FAMILIES.map((f) => f.layer) as unknown as readonly [FamilyLayer, ...FamilyLayer[]];
export type Layer = FamilyLayer;

/** The code prefix each layer owns. */
export { LAYER_FAMILY };

export const CATEGORIES = [
  "request",
  "image",
  "auth",
  "account",
  "subscription",
  "storage",
  "throttling",
  "backend",
  "template",
  "gateway",
] as const;

export const FIX_OWNERS = ["caller", "account-admin", "huawei-support"] as const;

export const RETRY_POLICIES = ["never", "after-fix", "backoff", "later"] as const;

/**
 * The values the classifier reads from an error message or the text around it
 * (lib/classify/values.ts). A step names the ones it refers to, so the
 * diagnose page can show the value taken from the paste beside it.
 */
export const VALUE_KEYS = [
  "templateId",
  "apiId",
  "policy",
  "limit",
  "window",
  "expiresAt",
  "protocol",
  "ak",
  "endpoint",
  "region",
] as const;
export type ValueKey = (typeof VALUE_KEYS)[number];
