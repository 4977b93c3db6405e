import { describe, expect, it } from "vitest";
import { fixture, slugs } from "./helpers";

/**
 * Relevance table: what a developer mid-incident types (codes in many
 * spellings, message fragments with typos, symptoms in plain words) and the
 * entry that must come first, or at least in the top 3.
 */
type Expect = "first" | "top3";
const table: Array<[query: string, slug: string, expect: Expect]> = [
  // codes, in any spelling
  ["APIG.0308", "APIG.0308", "first"],
  ["wrong region", "ModelArts.4204", "top3"],
  ["wrong region", "APIG.0101", "top3"],
  ["10MB", "AIS.0103", "top3"],
  ["signature", "APIG.0301", "top3"],
  ["apig0308", "APIG.0308", "first"],
  ["APIG-0308", "APIG.0308", "first"],
  ["apig 0308", "APIG.0308", "first"],
  ["0308", "APIG.0308", "top3"],
  ["0308", "APIGW.0308", "top3"],
  ["4204", "ModelArts.4204", "first"],
  ["ais 101", "AIS.0101", "first"],
  ["AIS.101", "AIS.0101", "first"],
  ["modelarts4706", "ModelArts.4706", "first"],
  ["apigw_0201", "APIGW.0201", "first"],
  ["error_code APIGW.0307", "APIGW.0307", "first"],
  ["429", "APIG.0308", "top3"],
  // message fragments, with and without typos
  ["throttling threshold has been reached", "APIGW.0308", "top3"],
  ["throtling threshhold", "APIG.0308", "top3"],
  ["Incorrect IAM authentcation information", "APIG.0301", "top3"],
  ["The imge format is not suported", "AIS.0102", "first"],
  ["image size does not meet the requirments", "AIS.0103", "first"],
  ["recognition faild", "AIS.0105", "first"],
  ["The Obs file is not exist", "ModelArts.4706", "first"],
  ["Obs URL is invalid", "ModelArts.4703", "first"],
  ["query obs agency failed", "ModelArts.4702", "first"],
  ["Backend service internal eror", "ModelArts.4505", "first"],
  ["Service not start", "ModelArts.4508", "first"],
  ["Token header cannot be empty", "ModelArts.4101", "first"],
  ["Parse Token eror", "ModelArts.4102", "first"],
  ["token must be updated", "APIG.0307", "top3"],
  ["No backend available", "APIGW.0610", "first"],
  ["An API cannot call itself", "APIGW.0612", "first"],
  ["Domain name resolution faild", "APIGW.0605", "first"],
  ["Failed to obtain the temporary AK/SK", "failed-to-obtain-temporary-ak-sk", "first"],
  ["temporary ak sk", "failed-to-obtain-temporary-ak-sk", "top3"],
  ["The API XXX is not subscribed", "ModelArts.4204", "first"],
  ["Max concurrency error", "ModelArts.4401", "first"],
  ["classification failed", "AIS.0120", "first"],
  ["two ID cards same side", "AIS.0122", "first"],
  // symptoms in plain words (keywords the docs do not use)
  ["rate limit", "APIG.0308", "top3"],
  ["too many requests", "APIGW.0308", "top3"],
  ["quota", "APIGW.0501", "top3"],
  ["expired token", "APIG.0301", "top3"],
  ["bucket", "ModelArts.4706", "top3"],
  ["nosuchkey", "ModelArts.4706", "first"],
  ["base64", "AIS.0102", "first"],
  ["heic photo", "AIS.0102", "first"],
  ["image too large", "AIS.0103", "first"],
  ["blurry image", "AIS.0104", "first"],
  ["signature", "APIG.0301", "top3"],
  ["payload too large", "APIGW.0201", "top3"],
  ["gateway timeout", "APIG.0201", "top3"],
  ["outstanding balance", "ModelArts.6201", "first"],
  ["account suspended", "ModelArts.6201", "first"],
  ["ip whitelist", "APIGW.0402", "top3"],
  ["clock skew", "APIGW.0303", "first"],
  ["tax bureau", "AIS.0118", "first"],
  ["x-forwarded-for", "APIGW.0401", "first"],
  ["api explorer debug", "APIGW.0311", "first"],
  ["project scope token", "ModelArts.0212", "first"],
  ["dns", "APIGW.0605", "first"],
  // typed while still typing
  ["throttl", "APIG.0308", "top3"],
  ["nosuch", "ModelArts.4706", "first"],
];

/**
 * The same in Chinese: what a Chinese support engineer or developer types. The
 * meaning decides the entry (read from the English entry), not the current
 * Chinese keyword lists; filler (怎么办, 了, 为什么一直报错) must not get in the way.
 */
const chinese: Array<[query: string, slug: string, expect: Expect]> = [
  // billing and frozen accounts
  ["欠费", "ModelArts.6201", "first"],
  ["账号欠费了", "ModelArts.6201", "top3"],
  ["账户欠费", "ModelArts.6201", "first"],
  ["账号冻结", "ModelArts.6201", "first"],
  ["帐号冻结", "ModelArts.6201", "first"],
  ["账号被冻结了怎么办", "ModelArts.6201", "top3"],
  ["余额不足", "ModelArts.6201", "top3"],
  ["应用被冻结", "APIGW.0502", "first"],
  ["配额用完了", "APIGW.0501", "first"],
  // credentials and signatures
  ["鉴权失败", "APIG.0301", "top3"],
  ["认证失败", "APIGW.0301", "top3"],
  ["签名错误", "APIG.0301", "top3"],
  ["签名不匹配", "APIGW.0301", "top3"],
  ["临时凭证", "ModelArts.4107", "top3"],
  // throttling
  ["限流", "APIG.0308", "top3"],
  ["流控", "APIGW.0308", "top3"],
  ["调用太频繁被限流了", "APIG.0308", "top3"],
  ["请求数太多", "APIGW.0308", "top3"],
  ["并发超限", "ModelArts.4401", "first"],
  // the image and what OCR made of it
  ["图片太大", "AIS.0103", "top3"],
  ["图片太大了怎么办", "AIS.0103", "top3"],
  ["图片过大", "AIS.0103", "top3"],
  ["图片大小超过限制", "AIS.0103", "top3"],
  ["分辨率", "AIS.0103", "top3"],
  ["分辨率太低", "AIS.0104", "top3"],
  ["图片格式不支持", "AIS.0102", "first"],
  ["图片模糊", "AIS.0104", "first"],
  ["识别不出文字", "AIS.0104", "top3"],
  ["识别失败", "AIS.0105", "first"],
  ["无法分类", "AIS.0120", "first"],
  ["图片下载失败", "ModelArts.4603", "first"],
  // ID cards, invoices, templates, parameters
  ["身份证识别失败", "AIS.0122", "top3"],
  ["识别身份证的时候报错", "AIS.0122", "first"],
  ["两张身份证同一面", "AIS.0122", "first"],
  ["证件正反面", "AIS.0122", "first"],
  ["发票", "AIS.0118", "first"],
  ["发票查验失败", "AIS.0118", "first"],
  ["税务局接口超时", "AIS.0118", "first"],
  ["模板", "AIS.0119", "top3"],
  ["自定义模板", "AIS.0121", "top3"],
  ["模板不存在", "AIS.0117", "first"],
  ["模板匹配失败", "AIS.0119", "first"],
  ["模板没有配置识别区域", "AIS.0121", "first"],
  ["参数错误", "AIS.0101", "top3"],
  // subscription, authorisation, OBS
  ["未开通服务", "ModelArts.4204", "first"],
  ["服务没有开通", "ModelArts.4204", "top3"],
  ["服务没开通", "ModelArts.4204", "first"],
  ["订阅", "ModelArts.4204", "first"],
  ["服务授权", "ModelArts.4702", "top3"],
  ["委托", "ModelArts.4702", "top3"],
  ["查询委托失败", "ModelArts.4702", "first"],
  ["文件不存在", "ModelArts.4706", "top3"],
  ["对象不存在", "ModelArts.4706", "first"],
  ["桶", "ModelArts.4706", "top3"],
  // gateway, backend, network
  ["超时", "ModelArts.4402", "top3"],
  ["请求超时", "ModelArts.4402", "top3"],
  ["网关超时", "APIG.0201", "top3"],
  ["后端服务不可用", "APIGW.0610", "top3"],
  ["后端挂了", "APIGW.0610", "top3"],
  ["服务不可用", "ModelArts.4403", "top3"],
  ["熔断", "ModelArts.4403", "top3"],
  ["连接被拒绝", "ModelArts.4302", "first"],
  ["服务未启动", "ModelArts.4508", "first"],
  ["区域不对", "APIG.0101", "top3"],
  ["区域错误", "ModelArts.4204", "top3"],
  ["终端节点", "APIG.0101", "top3"],
  ["域名解析失败", "APIGW.0605", "first"],
  ["域名解析不了", "APIGW.0605", "first"],
  ["端口不对", "APIGW.0611", "first"],
  ["白名单", "APIGW.0402", "top3"],
  ["权限不足", "ModelArts.4203", "top3"],
  ["拒绝访问", "APIGW.0302", "top3"],
  ["服务器内部错误", "APIGW.0601", "top3"],
  ["循环调用", "APIGW.0612", "first"],
  ["时间不同步", "APIGW.0303", "first"],
  ["协议不支持", "APIGW.0607", "first"],
  ["在线调试", "APIGW.0311", "first"],
];

/** Chinese and English in one query: codes, statuses and English terms beside Chinese words. */
const mixed: Array<[query: string, slug: string, expect: Expect]> = [
  // a code or a status beside Chinese words
  ["APIG.0308 限流", "APIG.0308", "first"],
  ["apig0308 流控", "APIG.0308", "first"],
  ["ModelArts.4204 未开通", "ModelArts.4204", "first"],
  ["401 鉴权失败", "APIG.0301", "top3"],
  ["429 太多请求", "APIG.0308", "top3"],
  ["504 超时", "APIG.0201", "top3"],
  ["为什么一直报429", "APIG.0308", "top3"],
  ["接口返回403没有权限", "APIGW.0302", "top3"],
  // English terms inside Chinese
  ["图片 size", "AIS.0103", "top3"],
  ["token 过期", "APIG.0307", "top3"],
  ["Token过期", "APIG.0307", "top3"],
  ["调用OCR提示Token过期", "APIG.0307", "top3"],
  ["OBS桶", "ModelArts.4706", "top3"],
  ["OBS桶里文件不存在", "ModelArts.4706", "first"],
  ["项目ID", "APIGW.0310", "top3"],
  ["项目ID错误", "APIGW.0310", "top3"],
  ["IP白名单", "APIGW.0402", "first"],
  ["客户端IP", "APIGW.0401", "first"],
  ["X-Forwarded-For 获取不到IP", "APIGW.0401", "first"],
  ["Base64编码错误", "AIS.0102", "first"],
  ["JSON解析失败", "ModelArts.4105", "first"],
  ["X-Auth-Token为空", "ModelArts.4101", "first"],
  ["AK/SK签名错误", "APIG.0301", "top3"],
  ["获取临时AK/SK失败", "failed-to-obtain-temporary-ak-sk", "top3"],
  ["图片URL下载失败", "ModelArts.4603", "first"],
  ["10MB 图片", "AIS.0103", "top3"],
  ["模板ID不存在", "AIS.0117", "first"],
];

function check(search: ReturnType<typeof fixture>["search"], query: string, slug: string, expect_: Expect): void {
  const found = slugs(search(query));
  if (expect_ === "first") expect(found[0]).toBe(slug);
  else expect(found.slice(0, 3)).toContain(slug);
}

describe("search relevance", () => {
  const { search } = fixture();

  it("has a table of at least 40 queries", () => {
    expect(table.length).toBeGreaterThanOrEqual(40);
  });

  it.each(table)("%s -> %s (%s)", (query, slug, expect_) => check(search, query, slug, expect_));
});

describe("search relevance in Chinese", () => {
  const { search, missingZh } = fixture();
  const pending = (slug: string) => missingZh.includes(slug);

  it("has at least 40 Chinese and 10 mixed queries", () => {
    expect(chinese.length).toBeGreaterThanOrEqual(40);
    expect(mixed.length).toBeGreaterThanOrEqual(10);
    for (const [query] of chinese) expect(query).toMatch(/^\p{Script=Han}+$/u);
    for (const [query] of mixed) {
      expect(query).toMatch(/\p{Script=Han}/u);
      expect(query).toMatch(/[A-Za-z0-9]/);
    }
  });

  // An entry whose Chinese file is not written yet cannot be found in Chinese: skipped, not failed.
  it.each(chinese)("%s -> %s (%s)", (query, slug, expect_) => {
    if (pending(slug)) return;
    check(search, query, slug, expect_);
  });

  it.each(mixed)("%s -> %s (%s)", (query, slug, expect_) => {
    if (pending(slug)) return;
    check(search, query, slug, expect_);
  });
});

/**
 * Ranking rules: a phrase of a documented message, a bare HTTP status and a wrong credential each
 * put the entries they are about first, ahead of entries that only share a word or a number.
 */
describe("ranking rules", () => {
  const { search, docs } = fixture();

  // [query, the entries one of which must be first]: the phrase is part of the entry's message (or a variant).
  const phrases: Array<[string, string[]]> = [
    ["image size", ["AIS.0103"]], // not ModelArts.4705, which only has the keyword "image size"
    ["does not meet", ["AIS.0103"]],
    ["image format", ["AIS.0102"]],
    ["IAM authentication", ["APIG.0301", "APIGW.0301"]],
    ["token expires", ["APIG.0301", "APIGW.0301"]],
    ["backend signature", ["APIGW.0705"]],
    ["download the file", ["ModelArts.4601"]],
    ["not subscribed", ["ModelArts.4204"]],
    ["Obs URL", ["ModelArts.4703"]],
    ["throttling threshold", ["APIG.0308", "APIGW.0308"]],
  ];
  it.each(phrases)("%s: the entry whose message holds the phrase comes first, and says so", (query, expected) => {
    const [first] = search(query);
    expect(expected).toContain(first!.doc.slug);
    expect(first!.why[0]!.kind).toBe("phrase");
    expect(first!.why[0]!.value!.toLowerCase()).toContain(query.toLowerCase());
  });

  it("a phrase found in no message gives no phrase reason", () => {
    for (const r of search("rate limit")) expect(r.why.map((w) => w.kind)).not.toContain("phrase");
  });

  it.each([401, 403, 404, 413, 429, 500, 502, 503])(
    "%s lists the entries that return it first, its main status before the others",
    (status) => {
      const results = search(String(status), undefined, 100);
      const withStatus = docs.filter((d) => d.statuses.includes(status)).length;
      expect(withStatus).toBeGreaterThan(0);
      const head = results.slice(0, withStatus);
      for (const r of head) {
        expect(r.doc.statuses).toContain(status);
        expect(r.why).toEqual([{ kind: "status", value: String(status) }]);
      }
      const main = head.map((r) => r.doc.httpStatus === status);
      // Every entry whose main status it is comes before every entry that can merely come with it.
      expect(main.indexOf(false) === -1 || !main.slice(main.indexOf(false)).includes(true)).toBe(true);
      // Codes whose number holds the digits come after all of them.
      for (const r of results.slice(withStatus)) expect(r.why[0]!.kind).toBe("codeNumber");
    },
  );

  it("401 does not put APIGW.0401 or ModelArts.4101 first, but still lists APIGW.0401 after the 401 entries", () => {
    const found = slugs(search("401", undefined, 100));
    expect(["APIGW.0401", "ModelArts.4101"]).not.toContain(found[0]);
    expect(found).toContain("APIGW.0401");
    expect(found.indexOf("APIGW.0401")).toBeGreaterThan(found.indexOf("APIGW.0303"));
  });

  const credentials = [
    "ak sk wrong",
    "signature mismatch",
    "aksk invalid",
    "wrong signature",
    "AK/SK signature does not match",
    "签名不匹配",
    "签名错误",
    "AK/SK签名错误",
  ];
  it.each(credentials)("%s: the AK/SK signature causes first, then the app's signature", (query) => {
    const results = search(query);
    expect(slugs(results.slice(0, 2)).sort()).toEqual(["APIG.0301", "APIGW.0301"]);
    expect(results[2]!.doc.slug).toBe("APIGW.0303");
    const zh = /\p{Script=Han}/u.test(query);
    for (const r of results.slice(0, 2)) {
      expect(r.why[0]).toMatchObject({ kind: "cause", lang: zh ? "zh" : "en" });
      expect(r.why[0]!.value).toMatch(zh ? /签名不匹配/ : /AK\/SK signature does not match/);
    }
  });

  it.each(["appkey wrong", "app secret invalid", "AppSecret错误"])("%s: the app-authentication entry first", (query) => {
    expect(search(query)[0]!.doc.slug).toBe("APIGW.0303");
  });

  it("a credential query obeys the filters", () => {
    for (const r of search("signature mismatch", { layer: "apig" })) expect(r.doc.layer).toBe("apig");
    expect(slugs(search("signature mismatch", { status: 500 }))[0]).toBe("APIGW.0705");
  });

  it.each(["temporary ak sk failed", "获取临时AK/SK失败", "signature", "backend signature"])(
    "%s is not taken for a wrong AK/SK signature",
    (query) => {
      expect(search(query)[0]!.why[0]!.kind).not.toBe("cause");
    },
  );
});
