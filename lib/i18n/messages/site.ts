import type { Locale } from "../locales";

/** The frame of every page (header, footer, language switch) and the home and not-found pages, in each language. */

const en = {
  siteName: "OCR Error Desk",
  siteDescription: "Every error code a Huawei Cloud OCR call can return, with causes and steps to fix it.",
  skipToContent: "Skip to content",
  nav: { label: "Main", catalogue: "Catalogue", diagnose: "Diagnose a response", diagnoseShort: "Diagnose" },
  /** The title browsers show for the desk's search engine (OpenSearch). */
  searchEngine: "OCR Error Desk",
  footer: "Facts from Huawei Cloud's public documentation; explanations written by the OCR Error Desk team. Not affiliated with Huawei.",
  language: {
    /** The link to this page in the other language, written in that language. */
    switchTo: "中文",
    switchLabel: "阅读本页的中文版",
    /** Shown on the English home page when the browser prefers Chinese. */
    offer: "本站有中文版：",
    offerLink: "打开中文版",
  },
  home: {
    title: "Huawei Cloud OCR error codes",
    intro: (n: number) =>
      `All ${n} error codes a call to Huawei Cloud OCR can return, from the OCR service, the ModelArts platform it runs on and the API gateways in front of it. Each page says what went wrong, how to tell the causes apart and what to do, step by step.`,
    wholeCatalogue: {
      before: "These are the results for the search in this page's address. ",
      link: "Every code, layer by layer",
      after: ".",
    },
    paste: {
      label: "Paste an error response",
      hint: "A JSON body, an SDK exception, a curl transcript or a whole log. Secrets are masked and the paste stays in your browser.",
      submit: "Diagnose",
      shortcut: "or press Ctrl+Enter (⌘+Enter on a Mac)",
      empty: "Paste an error response first.",
      tooLongBefore: "This paste is too long to open through a link. It is still in the box: copy it and paste it on the ",
      tooLongLink: "diagnose page",
      tooLongAfter: ", which reads pastes of any size.",
      noScript:
        "Reading a paste needs JavaScript, which is off. The button opens the diagnose page, which explains what to do instead; look the code up in the catalogue below.",
    },
    linkHere: {
      title: "Link your errors here",
      intro:
        "Print this desk's page next to every OCR error your code catches, the way Stripe's errors carry a doc_url: whoever reads the log is one click from the causes and the fix. Every spelling of a code opens its page.",
      placeholderNote: "Replace https://your-desk.example with this desk's address.",
      originNote: (origin: string) => `The address is this desk's own: ${origin}.`,
    },
  },
  notFound: {
    title: "Page not found",
    before: "Nothing lives at this address. The ",
    catalogue: "catalogue",
    middle: " lists every error code, and the ",
    diagnose: "diagnose page",
    after: " reads a pasted error response.",
  },
  unknownCode: {
    metaTitle: "Unknown error code",
    noPageFor: "No page for",
    noSuchCode: "No such code",
    notInCatalogue: "This code is not in the catalogue.",
    notACode: (requested: string) =>
      `"${requested}" does not look like an error code. Codes look like AIS.0101, ModelArts.4204, APIG.0308 or APIGW.0101.`,
    knownFamily: (code: string, family: string) =>
      `${code} is in the ${family} family, which this catalogue covers, but Huawei documents no such code for OCR.`,
    otherFamily: (code: string, family: string) =>
      `${code} belongs to the ${family} family, which is another Huawei Cloud service, not OCR. Look it up in that service's error-code page; the codes below are the nearest in this catalogue.`,
    closest: "Closest codes",
    browseBefore: "Browse the ",
    browseCatalogue: "whole catalogue",
    browseMiddle: ", or paste the response on the ",
    browseDiagnose: "diagnose page",
    browseAfter: ".",
  },
  diagnosePage: {
    metaTitle: "Diagnose a response",
    metaDescription:
      "Paste an OCR error response or a whole log and get each error with its count, lines and times, the cause when the paste shows it, and the steps to fix it. The paste stays in your browser.",
    title: "Diagnose an error response",
    noScript:
      "This page reads the paste with JavaScript, in your browser. With JavaScript off, look the code up in the catalogue instead, or use the command line described in the README.",
  },
};

export type SiteMessages = typeof en;

const zh: SiteMessages = {
  siteName: "OCR错误码速查",
  siteDescription: "华为云OCR调用可能返回的每一个错误码，以及它们的原因和处理措施。",
  skipToContent: "跳到正文",
  nav: { label: "主导航", catalogue: "错误码目录", diagnose: "诊断响应", diagnoseShort: "诊断" },
  searchEngine: "OCR错误码速查",
  footer: "事实来自华为云公开文档；解释由OCR Error Desk团队撰写。本站与华为无隶属关系。",
  language: {
    switchTo: "English",
    switchLabel: "Read this page in English",
    offer: "",
    offerLink: "",
  },
  home: {
    title: "华为云OCR错误码",
    intro: (n: number) =>
      `调用华为云OCR可能返回的全部 ${n} 个错误码，来自OCR服务本身、承载它的ModelArts平台，以及它前面的API网关。每一页都说明出了什么问题、如何区分各种原因，以及一步一步的处理措施。`,
    wholeCatalogue: { before: "以上是本页地址中搜索的结果。", link: "按层级浏览全部错误码", after: "。" },
    paste: {
      label: "粘贴错误响应",
      hint: "可以是JSON响应体、SDK异常、curl输出或整段日志。密钥等敏感信息会被遮盖，粘贴的内容只留在你的浏览器中。",
      submit: "诊断",
      shortcut: "或按 Ctrl+Enter（Mac上按 ⌘+Enter）",
      empty: "请先粘贴错误响应。",
      tooLongBefore: "粘贴的内容太长，无法通过链接打开。内容仍在输入框中：请复制后粘贴到",
      tooLongLink: "诊断页面",
      tooLongAfter: "，那里可以读取任意长度的内容。",
      noScript: "读取粘贴内容需要JavaScript，但它已被关闭。按钮会打开诊断页面，那里说明了替代办法；也可以在下方的错误码目录中查找错误码。",
    },
    linkHere: {
      title: "在日志中链接到本站",
      intro:
        "在代码捕获的每个OCR错误旁打印本站对应页面的链接，就像Stripe的错误带有doc_url一样：看日志的人点一下就能看到原因和处理措施。错误码的任何写法都能打开对应页面。",
      placeholderNote: "请把 https://your-desk.example 换成本站的地址。",
      originNote: (origin: string) => `地址已填写为本站的地址：${origin}。`,
    },
  },
  notFound: {
    title: "页面不存在",
    before: "这个地址下没有内容。",
    catalogue: "错误码目录",
    middle: "列出了所有错误码，",
    diagnose: "诊断页面",
    after: "可以读取粘贴的错误响应。",
  },
  unknownCode: {
    metaTitle: "未知错误码",
    noPageFor: "没有这个错误码的页面：",
    noSuchCode: "没有这个错误码",
    notInCatalogue: "目录中没有这个错误码。",
    notACode: (requested: string) => `“${requested}”看起来不是错误码。错误码的形式如 AIS.0101、ModelArts.4204、APIG.0308 或 APIGW.0101。`,
    knownFamily: (code: string, family: string) => `${code} 属于本目录收录的 ${family} 系列，但华为云没有为OCR记载这个错误码。`,
    otherFamily: (code: string, family: string) =>
      `${code} 属于 ${family} 系列，那是华为云的其他服务，不是OCR。请在该服务的错误码页面查找；下面是本目录中最接近的错误码。`,
    closest: "最接近的错误码",
    browseBefore: "浏览",
    browseCatalogue: "完整的错误码目录",
    browseMiddle: "，或把响应粘贴到",
    browseDiagnose: "诊断页面",
    browseAfter: "。",
  },
  diagnosePage: {
    metaTitle: "诊断错误响应",
    metaDescription:
      "粘贴OCR错误响应或整段日志，即可看到每个错误的次数、所在行和时间、粘贴内容能说明的原因，以及处理步骤。粘贴的内容只留在你的浏览器中。",
    title: "诊断错误响应",
    noScript:
      "本页在你的浏览器中用JavaScript读取粘贴的内容。如果关闭了JavaScript，请在错误码目录中查找错误码，或使用README中介绍的命令行工具。",
  },
};

export const siteMessages: Record<Locale, SiteMessages> = { en, zh };
