import type { PasteKind } from "../../search/paste";
import type { MatchKind } from "../../search/search";
import type { Locale } from "../locales";

/** The search box, its results and its "nothing found" panel, in each language. */

const en = {
  label: "Search error codes",
  placeholderPage: "Search codes and messages: APIG.0308, token expired, base64…  (press / to focus)",
  placeholderHeader: "Search codes  ( / )",
  filters: {
    layer: "Layer",
    anyLayer: "Any layer",
    status: "HTTP status",
    anyStatus: "Any status",
    category: "Category",
    anyCategory: "Any category",
  },
  loading: "Loading the search index…",
  resultsLabel: "Search results",
  matched: "Matched:",
  why: {
    code: () => "code",
    codeNumber: () => "code number",
    status: (value: string) => `HTTP status ${value}`,
    phrase: () => "exact phrase in the message",
    message: () => "message",
    keyword: (value: string) => `keyword: ${value}`,
    summary: () => "summary",
    cause: (value: string) => `cause: ${value}`,
    step: (value: string) => `step: ${value}`,
  } satisfies Record<MatchKind, (value: string) => string>,
  paste: {
    kinds: {
      "python traceback": "Python traceback",
      "http response": "HTTP response",
      "log lines": "log lines",
      exception: "exception",
      "stack trace": "stack trace",
      headers: "headers",
      json: "JSON",
      "error fields": "error fields",
      status: "status code",
      "several lines": "several lines",
    } satisfies Record<PasteKind, string>,
    looksLike: (kind: string) => `This looks like a paste (${kind}), not a search.`,
    open: "Open it on the diagnose page",
    afterOpen: " to read its code, cause and steps. It stays in your browser.",
    tooLongBefore: "This paste is too long to pass along in a link. Copy it and paste it on the ",
    tooLongLink: "diagnose page",
    tooLongAfter: " instead; nothing was cut or lost.",
  },
  noResults: {
    forQuery: (query: string) => `No code matches “${query}”.`,
    forFilters: "No code matches these filters.",
    closest: "Closest codes:",
    reasons: {
      "same family": "same family",
      "same number": "same number",
      "nearest number": "nearest number",
      "similar message": "similar message",
    } as Record<string, string>,
    haveResponse: "Have the whole response? ",
    pasteIt: "Paste it on the diagnose page",
    end: ".",
  },
};

export type SearchMessages = typeof en;

const zh: SearchMessages = {
  label: "搜索错误码",
  placeholderPage: "搜索错误码和错误信息：APIG.0308、Token过期、图片太大…（按 / 聚焦）",
  placeholderHeader: "搜索错误码（ / ）",
  filters: {
    layer: "所属层",
    anyLayer: "全部",
    status: "HTTP状态码",
    anyStatus: "全部",
    category: "类别",
    anyCategory: "全部",
  },
  loading: "正在加载搜索索引…",
  resultsLabel: "搜索结果",
  matched: "匹配依据：",
  why: {
    code: () => "错误码",
    codeNumber: () => "错误码编号",
    status: (value: string) => `HTTP状态码 ${value}`,
    phrase: () => "与错误信息原文中的短语一致",
    message: () => "错误信息",
    keyword: (value: string) => `关键词：${value}`,
    summary: () => "摘要",
    cause: (value: string) => `原因：${value}`,
    step: (value: string) => `步骤：${value}`,
  },
  paste: {
    kinds: {
      "python traceback": "Python调用栈（Traceback）",
      "http response": "HTTP响应",
      "log lines": "日志",
      exception: "异常",
      "stack trace": "调用栈",
      headers: "响应头",
      json: "JSON",
      "error fields": "错误字段",
      status: "状态码",
      "several lines": "多行文本",
    },
    looksLike: (kind: string) => `这看起来是粘贴的内容（${kind}），而不是搜索词。`,
    open: "在诊断页面打开",
    afterOpen: "，读出其中的错误码、原因和处理步骤。内容只留在你的浏览器中。",
    tooLongBefore: "这段内容太长，无法通过链接传递。请复制后粘贴到",
    tooLongLink: "诊断页面",
    tooLongAfter: "；内容没有被截断或丢失。",
  },
  noResults: {
    forQuery: (query: string) => `没有与“${query}”匹配的错误码。`,
    forFilters: "没有符合这些筛选条件的错误码。",
    closest: "最接近的错误码：",
    reasons: {
      "same family": "同一系列",
      "same number": "编号相同",
      "nearest number": "编号最接近",
      "similar message": "错误信息相似",
    },
    haveResponse: "有完整的响应？",
    pasteIt: "粘贴到诊断页面",
    end: "。",
  },
};

export const searchMessages: Record<Locale, SearchMessages> = { en, zh };
