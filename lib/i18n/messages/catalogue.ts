import type { CATEGORIES, FIX_OWNERS, Layer, RETRY_POLICIES } from "../../catalogue/constants";
import type { Locale } from "../locales";

/** How the catalogue's vocabularies and the code page are worded, in each language. */

type Category = (typeof CATEGORIES)[number];
type FixOwner = (typeof FIX_OWNERS)[number];
type RetryPolicy = (typeof RETRY_POLICIES)[number];

const en = {
  layers: {
    ocr: {
      title: "OCR service",
      blurb: "Raised by the OCR recognition service itself: the request reached OCR, which rejected the input or could not read it.",
    },
    modelarts: {
      title: "ModelArts platform",
      blurb: "Raised by the ModelArts platform that hosts OCR: tokens, subscriptions, the backend service, and files fetched from URLs or OBS.",
    },
    apig: {
      title: "API Gateway (OCR table)",
      blurb: "Raised by the API Gateway in front of OCR before the request reaches the service, as listed in the OCR error-code table and FAQ.",
    },
    apigw: {
      title: "API Gateway (signing guide)",
      blurb: "Gateway codes from the API request signing guide, which the OCR page refers to for codes starting with APIGW.",
    },
  } satisfies Record<Layer, { title: string; blurb: string }>,
  fixOwner: {
    caller: "The caller (the developer sending the request)",
    "account-admin": "The account administrator",
    "huawei-support": "Huawei Cloud support",
  } satisfies Record<FixOwner, string>,
  retry: {
    never: "Do not retry",
    "after-fix": "Retry only after fixing the cause",
    backoff: "Retry after a pause",
    later: "Retry later",
  } satisfies Record<RetryPolicy, string>,
  category: {
    request: "request",
    image: "image",
    auth: "authentication",
    account: "account",
    subscription: "subscription",
    storage: "storage (OBS)",
    throttling: "throttling",
    backend: "backend",
    template: "template",
    gateway: "gateway",
  } satisfies Record<Category, string>,
  /** The retry label and its advice, as one line. */
  retryLine: (label: string, detail: string) => `${label}. ${detail}`,
  statusUnknown: "unknown",
  noCode: "No documented code",
  codesCount: (n: number) => `${n} codes`,
  table: { code: "Code", status: "Status", message: "Message" },
  page: {
    breadcrumb: "Catalogue",
    noCodeNote:
      "Huawei documents no error code for this message. Find it by the message text; this page's address is a readable name instead of a code.",
    message: "Message",
    otherForms: (n: number) => `Other forms of this message (${n})`,
    messageKept: "",
    httpStatus: "HTTP status",
    layer: "Layer",
    category: "Category",
    whoseFix: "Whose fix",
    retry: "Retry",
    confidence: "How sure we are",
    documented: "Documented by Huawei",
    inferred: "Inferred: no source pairs this code and message directly",
    whatWentWrong: "What went wrong",
    howToFix: "How to fix it",
    howToTell: "How to tell:",
    check: "Check:",
    copyLink: "Copy link",
    copyLinkTo: (what: string) => `Copy link to ${what}`,
    causeWhat: (title: string) => `cause: ${title}`,
    stepWhat: (n: number, title: string) => `step ${n} of ${title}`,
    copyMarkdown: "Copy as Markdown",
    teamNotes: "Team notes",
    updated: (date: string) => `updated ${date}`,
    ticket: "If you need to open a ticket",
    ticketIntro: "Put these in the ticket so support can trace the call:",
    related: "Related codes",
    sources: "Sources",
    englishOnly: "",
  },
  markdown: {
    layer: "Layer",
    httpStatus: "HTTP status",
    whoseFix: "Whose fix",
    retry: "Retry",
    page: "Page",
    cause: "Cause",
    howToTell: "How to tell",
    check: "Check",
    ticket: "For a support ticket",
    sources: "Sources",
  },
  copy: {
    copied: "Copied",
    failed: "Copy failed: select and copy by hand",
    copiedStatus: "Copied to the clipboard",
    failedStatus: "Could not copy",
  },
};

export type CatalogueMessages = typeof en;

const zh: CatalogueMessages = {
  layers: {
    ocr: {
      title: "OCR服务",
      blurb: "由OCR识别服务本身返回：请求已到达OCR，但输入被拒绝或无法识别。",
    },
    modelarts: {
      title: "ModelArts平台",
      blurb: "由承载OCR的ModelArts平台返回：Token、服务开通、后端服务，以及从URL或OBS获取文件。",
    },
    apig: {
      title: "API网关（OCR错误码表）",
      blurb: "请求到达OCR之前由前端的API网关返回，列在OCR错误码表和常见问题中。",
    },
    apigw: {
      title: "API网关（签名指南）",
      blurb: "API请求签名指南中的网关错误码；OCR错误码页面对以APIGW开头的错误码引用了该指南。",
    },
  },
  fixOwner: {
    caller: "调用方（发送请求的开发者）",
    "account-admin": "账号管理员",
    "huawei-support": "华为云技术支持",
  },
  retry: {
    never: "不要重试",
    "after-fix": "处理原因后再重试",
    backoff: "稍等后重试",
    later: "稍后重试",
  },
  category: {
    request: "请求",
    image: "图片",
    auth: "认证鉴权",
    account: "账号",
    subscription: "服务开通",
    storage: "存储（OBS）",
    throttling: "流控",
    backend: "后端",
    template: "模板",
    gateway: "网关",
  },
  retryLine: (label: string, detail: string) => `${label}。${detail}`,
  statusUnknown: "未知",
  noCode: "无文档记载的错误码",
  codesCount: (n: number) => `${n} 个错误码`,
  table: { code: "错误码", status: "状态码", message: "错误信息" },
  page: {
    breadcrumb: "错误码目录",
    noCodeNote: "华为云没有为这条错误信息记载错误码。请按错误信息的文字查找；本页地址是一个可读的名称，而不是错误码。",
    message: "错误信息",
    otherForms: (n: number) => `这条错误信息的其他形式（${n}）`,
    messageKept: "错误信息按接口返回的英文原文列出。",
    httpStatus: "HTTP状态码",
    layer: "所属层",
    category: "类别",
    whoseFix: "由谁处理",
    retry: "重试",
    confidence: "可信度",
    documented: "华为云文档有记载",
    inferred: "推断：没有来源直接把这个错误码和错误信息对应起来",
    whatWentWrong: "出了什么问题",
    howToFix: "处理措施",
    howToTell: "如何判断：",
    check: "确认：",
    copyLink: "复制链接",
    copyLinkTo: (what: string) => `复制指向${what}的链接`,
    causeWhat: (title: string) => `原因“${title}”`,
    stepWhat: (n: number, title: string) => `“${title}”的第 ${n} 步`,
    copyMarkdown: "复制为Markdown",
    teamNotes: "团队备注",
    updated: (date: string) => `更新于 ${date}`,
    ticket: "如需提交工单",
    ticketIntro: "请在工单中写明以下信息，以便技术支持追踪这次调用：",
    related: "相关错误码",
    sources: "来源",
    englishOnly: "来源说明为英文。",
  },
  markdown: {
    layer: "所属层",
    httpStatus: "HTTP状态码",
    whoseFix: "由谁处理",
    retry: "重试",
    page: "页面",
    cause: "原因",
    howToTell: "如何判断",
    check: "确认",
    ticket: "提交工单时请提供",
    sources: "来源",
  },
  copy: {
    copied: "已复制",
    failed: "复制失败：请手动选中并复制",
    copiedStatus: "已复制到剪贴板",
    failedStatus: "无法复制",
  },
};

export const catalogueMessages: Record<Locale, CatalogueMessages> = { en, zh };
