import type { Locale } from "../locales";

/** The "Example" section of a code page (components/catalogue/ExampleSection.tsx), in each language. */

const en = {
  heading: "Example",
  intro:
    "A request that gets this error, the response it gets, and the same request fixed. Replace $TOKEN, $PROJECT_ID and the values in <angle brackets> with your own.",
  failing: "The request that fails",
  curl: "curl",
  sdk: (lang: string) => `${lang} SDK`,
  response: "The response",
  fix: "The fix",
  fixedCurl: "Fixed request (curl)",
  fixedSdk: (lang: string) => `Fixed call (${lang} SDK)`,
};

export type ExamplesMessages = typeof en;

const zh: ExamplesMessages = {
  heading: "示例",
  intro: "下面是一个会返回此错误的请求、它得到的响应，以及修正后的同一请求。请把 $TOKEN、$PROJECT_ID 和尖括号 <> 中的值换成你自己的。",
  failing: "出错的请求",
  curl: "curl 命令",
  sdk: (lang: string) => `${lang} SDK 调用`,
  response: "返回的响应",
  fix: "修正方法",
  fixedCurl: "修正后的请求（curl）",
  fixedSdk: (lang: string) => `修正后的调用（${lang} SDK）`,
};

export const examplesMessages: Record<Locale, ExamplesMessages> = { en, zh };

/** The SDK languages an example can use, by their own names (the same in every language). */
export const SDK_LANG_NAMES: Record<"python" | "java" | "go" | "nodejs", string> = {
  python: "Python",
  java: "Java",
  go: "Go",
  nodejs: "Node.js",
};
