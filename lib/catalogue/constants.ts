/** The fixed vocabularies of the catalogue. No dependencies, so browser code can import them cheaply. */

export const LAYERS = ["ocr", "modelarts", "apig", "apigw"] as const;
export type Layer = (typeof LAYERS)[number];

/** The code prefix each layer owns. */
export const LAYER_FAMILY: Record<Layer, string> = {
  ocr: "AIS",
  modelarts: "ModelArts",
  apig: "APIG",
  apigw: "APIGW",
};

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
