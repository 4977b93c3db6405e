import type { Layer } from "./constants";

/** How each layer is named to people, and where its codes are documented. */
export const LAYER_INFO: Record<Layer, { title: string; family: string; blurb: string }> = {
  ocr: {
    title: "OCR service",
    family: "AIS.*",
    blurb: "Raised by the OCR recognition service itself: the request reached OCR, which rejected the input or could not read it.",
  },
  modelarts: {
    title: "ModelArts platform",
    family: "ModelArts.*",
    blurb: "Raised by the ModelArts platform that hosts OCR: tokens, subscriptions, the backend service, and files fetched from URLs or OBS.",
  },
  apig: {
    title: "API Gateway (OCR table)",
    family: "APIG.*",
    blurb: "Raised by the API Gateway in front of OCR before the request reaches the service, as listed in the OCR error-code table and FAQ.",
  },
  apigw: {
    title: "API Gateway (signing guide)",
    family: "APIGW.*",
    blurb: "Gateway codes from the API request signing guide, which the OCR page refers to for codes starting with APIGW.",
  },
};

export const FIX_OWNER_LABEL = {
  caller: "The caller (the developer sending the request)",
  "account-admin": "The account administrator",
  "huawei-support": "Huawei Cloud support",
} as const;

export const RETRY_LABEL = {
  never: "Do not retry",
  "after-fix": "Retry only after fixing the cause",
  backoff: "Retry after a pause",
  later: "Retry later",
} as const;
