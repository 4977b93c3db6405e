import type { CATEGORIES, FIX_OWNERS, Layer, RETRY_POLICIES } from "../../catalogue/constants";
import type { Locale } from "../locales";

/** How the catalogue's vocabularies and the code page are worded, in each language. */

type Category = (typeof CATEGORIES)[number];
type FixOwner = (typeof FIX_OWNERS)[number];
type RetryPolicy = (typeof RETRY_POLICIES)[number];

const en = {
  layers: {
    ocr: {
      title: "OCR service (AIS.*)",
      blurb: "Raised by the OCR recognition service itself: the request reached OCR, which rejected the input or could not read it.",
    },
    modelarts: {
      title: "ModelArts platform (ModelArts.*)",
      blurb:
        "Raised by the ModelArts platform that hosts OCR: tokens, subscriptions, the backend service, and files fetched from URLs or OBS.",
    },
    apig: {
      title: "API Gateway (APIG.*)",
      blurb:
        "Raised by the API Gateway in front of OCR before the request reaches the service: the codes OCR's own error-code table and FAQ list.",
    },
    apigw: {
      title: "API Gateway (APIGW.*)",
      blurb:
        "Also raised by the API Gateway before the request reaches a service: the codes of the API request signing guide, where the OCR error-code page sends you for codes starting with APIGW.",
    },
  } satisfies Record<Layer, { title: string; blurb: string }>,
  /** One sourced line on how APIG.* and APIGW.* differ, shown on the home page and on gateway code pages (its source: GATEWAY_FAMILIES_SOURCE in lib/catalogue/layers.ts). */
  gatewayFamilies: {
    text: "OCR's error-code table lists the APIG.* codes its gateway returns and sends you to the API request signing guide for codes starting with APIGW. The two families use the same number for the same problem (APIG.0308 and APIGW.0308 are both throttling), but a few HTTP statuses differ, so open the page of the code you actually received.",
    sourceLabel: "Source: Huawei Cloud OCR error codes",
  },
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
  statusUnknown: "Not documented by Huawei",
  noCode: "No documented code",
  codesCount: (n: number) => `${n} codes`,
  table: { code: "Code", status: "Status", message: "Message" },
  page: {
    breadcrumb: "Catalogue",
    noCodeNote:
      "Huawei documents no error code for this message. Find it by the message text; this page's address is a readable name instead of a code.",
    message: "Message",
    otherForms: (n: number) => `Other forms of this message (${n})`,
    whichMessage: "Which message do you have?",
    whichMessageIntro: "Find the error_msg you received; each one points to its cause below.",
    whichTable: { message: "Message", status: "HTTP status", cause: "Cause" },
    pointsHere: "Messages that point to this cause:",
    seenInPractice: (status: number) => `seen in practice: ${status}`,
    seenSource: "source",
    facts: "At a glance",
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
    copyLinkMarkdown: "Copy link as Markdown",
    copySteps: "Copy steps",
    copyStepsOf: (title: string) => `Copy steps for ${title}`,
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
    pointsHere: "Messages that point here",
    /** Follows the status text: "Not documented by Huawei; seen in practice: 403 (<url>)". */
    seenInPractice: (status: number, url: string) => `; seen in practice: ${status} (${url})`,
  },
  unknownCode: {
    metaTitle: (code: string) => `${code}: no such code`,
    metaDescription: (code: string) => `${code} is not in the catalogue of Huawei Cloud OCR error codes; the page lists the closest codes.`,
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
      title: "OCR服务（AIS.*）",
      blurb: "由OCR识别服务本身返回：请求已到达OCR，但输入被拒绝或无法识别。",
    },
    modelarts: {
      title: "ModelArts平台（ModelArts.*）",
      blurb: "由承载OCR的ModelArts平台返回：Token、服务开通、后端服务，以及从URL或OBS获取文件。",
    },
    apig: {
      title: "API网关（APIG.*）",
      blurb: "请求到达OCR之前由前端的API网关返回：OCR自己的错误码表和常见问题中列出的错误码。",
    },
    apigw: {
      title: "API网关（APIGW.*）",
      blurb: "同样由API网关在请求到达服务之前返回：API请求签名指南中的错误码，OCR错误码页面对以APIGW开头的错误码指向该指南。",
    },
  },
  gatewayFamilies: {
    text: "OCR错误码表列出了其API网关返回的APIG.*错误码，以APIGW开头的错误码则请参见API请求签名指南。两类错误码编号相同时表示同一问题（APIG.0308和APIGW.0308都表示流控），但少数HTTP状态码不同，请以实际收到的错误码为准，打开对应页面。",
    sourceLabel: "来源：华为云OCR错误码",
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
  statusUnknown: "华为云文档未记载",
  noCode: "无文档记载的错误码",
  codesCount: (n: number) => `${n} 个错误码`,
  table: { code: "错误码", status: "状态码", message: "错误信息" },
  page: {
    breadcrumb: "错误码目录",
    noCodeNote: "华为云没有为这条错误信息记载错误码。请按错误信息的文字查找；本页地址是一个可读的名称，而不是错误码。",
    message: "错误信息",
    otherForms: (n: number) => `这条错误信息的其他形式（${n}）`,
    whichMessage: "您收到的是哪条错误信息？",
    whichMessageIntro: "找到您收到的error_msg，每条都对应下方的一个原因。",
    whichTable: { message: "错误信息", status: "HTTP状态码", cause: "原因" },
    pointsHere: "指向此原因的错误信息：",
    seenInPractice: (status: number) => `实际出现过：${status}`,
    seenSource: "来源",
    facts: "概要",
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
    copyLinkMarkdown: "复制Markdown链接",
    copySteps: "复制步骤",
    copyStepsOf: (title: string) => `复制步骤：${title}`,
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
    pointsHere: "指向此原因的错误信息",
    seenInPractice: (status: number, url: string) => `；实际出现过：${status}（${url}）`,
  },
  unknownCode: {
    metaTitle: (code: string) => `${code}：没有这个错误码`,
    metaDescription: (code: string) => `${code} 不在华为云OCR错误码目录中；页面列出了最接近的错误码。`,
  },
  copy: {
    copied: "已复制",
    failed: "复制失败：请手动选中并复制",
    copiedStatus: "已复制到剪贴板",
    failedStatus: "无法复制",
  },
};

export const catalogueMessages: Record<Locale, CatalogueMessages> = { en, zh };
