/**
 * Ranking rules for what people type about credentials, which fuzzy word
 * matching alone ranks poorly ("ak sk wrong", "signature mismatch", "aksk
 * invalid", "签名不匹配"): the words are spread over many entries, and the
 * entry that explains a bad AK/SK signature is not the one whose keywords
 * happen to share a word.
 *
 * When the query names a credential (AK/SK, signature, AppKey/AppSecret) and
 * says something is wrong with it, the entries with a cause about a signature
 * come first, most specific first (from content/codes/*.md):
 *
 *   0. the AK/SK signature does not match (APIG.0301, APIGW.0301),
 *   1. an app's signature or AppKey/AppSecret is wrong (APIGW.0303: what was
 *      signed is not what was sent),
 *   2. any other cause about AK/SK signing or a signature key (ModelArts.4101:
 *      AK/SK signing intended but not applied; APIGW.0705: the backend's
 *      signature key).
 */

/** A credential named in the query: AK/SK in any spelling, a signature, an app's key or secret. */
const CREDENTIAL =
  /(?:^|[^a-z])(?:ak[\s/&,+]*sk|aksk|access\s*keys?|secret\s*keys?|sign(?:ature|atures|ing|ed)?|app\s*(?:key|secret)|appkey|appsecret|credentials?)(?![a-z])|签名|密钥|访问密钥/i;

/** Something is wrong with it. */
const WRONG =
  /(?:^|[^a-z])(?:wrong|mismatch(?:ed)?|invalid|incorrect|bad|fail(?:s|ed|ure|ing)?|error|errors|not\s+match(?:ing)?|doesn'?t\s+match|does\s+not\s+match|rejected|denied)(?![a-z])|不匹配|不一致|错误|错了|失败|无效|不对|不正确/i;

/**
 * About another credential problem, which the fuzzy match ranks well on its own: getting temporary
 * AK/SK (failed-to-obtain-temporary-ak-sk, ModelArts.4107), a token, or a locked or unknown key.
 */
const OTHER = /(?:^|[^a-z])(?:temp(?:orary)?|obtain(?:ing)?|tokens?|locked|lock|exists?|agency)(?![a-z])|临时|获取|委托|锁定|不存在|token/i;

/** The English cause titles of each tier, most specific first. */
const TIERS: readonly RegExp[] = [
  /\bAK\/SK signature\b|\baccess key signature\b/i,
  /\bwhat was signed\b|\bAppKey or AppSecret\b/i,
  /\bAK\/SK sign(?:ing|ed)\b|\bsignature key\b|\bsigning step\b/i,
];

/** The query names an app's credential (app authentication), not an account's AK/SK. */
const APP = /(?:^|[^a-z])(?:app\s*(?:key|secret|code)|appkey|appsecret|appcode)(?![a-z])|应用/i;

/** The order in which the tiers come for this query: an app's key or secret puts the app's signature first. */
export function tierRank(query: string): (tier: number) => number {
  const app = APP.test(query);
  return (tier) => (app ? (tier === 1 ? 0 : tier === 0 ? 1 : tier) : tier);
}

/** Whether the query is about a wrong credential or signature. */
export function isCredentialQuery(query: string): boolean {
  return CREDENTIAL.test(query) && WRONG.test(query) && !OTHER.test(query);
}

/** The tier (0 = most specific) of an English cause title, or -1 when it is not about a signature. */
export function signatureTier(causeTitle: string): number {
  return TIERS.findIndex((pattern) => pattern.test(causeTitle));
}
