/**
 * Values a reader needs from an error: the template id, the API id that is
 * not subscribed, the rate limit and its window, a token's expiry time, the
 * masked AK, the supported protocol, the region and endpoint of the URL
 * that was called. Read from the message first, then from the text around
 * the error (the request line of a log, a canonical request's host). When
 * the error happened is read by locate.ts, from its own record.
 */
import { MASK } from "./redact";
import { foldSpaces, trimEndChars } from "./strings";

const TEMPLATE_ID = /template_id[ \t]*[=:][ \t]*["']?([A-Za-z0-9][A-Za-z0-9_-]{0,127})/i;
const API_ID = /\bthe API ([^\s,;]{1,128}) is not subscribed/i;
const POLICY = /\bpolicy ([A-Za-z]{1,20}) over ratelimit/i;
const LIMIT = /\blimit[ \t]*:[ \t]*(\d{1,12})[ \t]*,[ \t]*time[ \t]*:[ \t]*(\d{1,6}[ \t]*[A-Za-z]{1,10})/i;
const EXPIRES =
  /\bexpires_at["']?[ \t]*[:=][ \t]*["']?(\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:\.\d{1,9})?(?:Z|[+-]\d\d:?\d\d)?|[^\s,"'}]{1,64})/i;
const AK = /(?<![A-Za-z0-9_])ak[ \t]*[:=][ \t]*([^\s,;"'}]{1,64})/i;
const PROTOCOL = /protocol is supported[ \t]*:[ \t]*([A-Za-z0-9/,][A-Za-z0-9/, ]{0,39}?)(?:[."'}]|$)/i;
const URL = /https?:\/\/([A-Za-z0-9.-]{1,253})(?::\d{1,5})?/gi;
const HOST_LABEL = /(?<![A-Za-z0-9_-])host[ \t]*[:=][ \t]*["']?([A-Za-z0-9.-]{1,253}\.[A-Za-z]{2,})/gi;
const ENDPOINT_LABEL = /(?<![A-Za-z0-9_-])endpoint[ \t]*[:=][ \t]*["']?(?:https?:\/\/)?([A-Za-z0-9.-]{1,253}\.[A-Za-z]{2,})/gi;
const REGION = /(?<![A-Za-z0-9-])([a-z]{2}-[a-z]{2,16}(?:-[a-z]{1,16})?-\d{1,2}|eu-de|eu-nl|eu-ch2)(?![A-Za-z0-9-])/;
const REGION_LABEL = /\bregion(?:_id|Id)?["']?[ \t]*[:=][ \t]*["']?([a-z]{2}-[a-z]{2,16}(?:-[a-z]{1,16})?(?:-\d{1,2})?)/i;

// OBS's second request id header, which OBS support asks for beside x-obs-request-id.
const OBS_ID2 = /x-obs-id-2["']?[ \t]*[:=][ \t]*["']?([A-Za-z0-9+/=_-]{8,256})/i;

const PLACEHOLDER_VALUE = /^(x+|X+|\{?xxx\}?|\*+|None|null)$/;

/**
 * An AK as the values show it: always masked. The masker has masked the AK
 * after its label already (first four characters kept); one it left alone
 * (too short to be an AK, say) is masked here, so the value never carries
 * more of a key than the masker would show.
 */
function maskedAk(value: string | undefined): string | undefined {
  if (!value || value.includes(MASK) || /^\*+$/.test(value)) return value;
  return value.length >= 12 ? value.slice(0, 4) + MASK : MASK;
}

function cloudHost(host: string): boolean {
  return /(huaweicloud|myhuaweicloud|huawei\.com|t-systems\.com|otc\.|hwclouds)/i.test(host);
}

function regionOfHost(host: string): string | null {
  for (const label of host.toLowerCase().split(".")) {
    const m = REGION.exec(label);
    if (m && m[1] === label) return label;
  }
  return null;
}

/** Hosts named in `text`, cloud endpoints first. */
function hosts(text: string): string[] {
  const found: string[] = [];
  for (const re of [URL, HOST_LABEL, ENDPOINT_LABEL]) {
    re.lastIndex = 0;
    let n = 0;
    for (let m = re.exec(text); m && n < 50; m = re.exec(text), n++) found.push(m[1]!.replace(/\.$/, "").toLowerCase());
  }
  return [...found.filter(cloudHost), ...found.filter((h) => !cloudHost(h))];
}

function put(values: Record<string, string>, key: string, value: string | undefined | null): void {
  if (!value || values[key] !== undefined) return;
  const v = value.trim();
  if (v.length === 0 || PLACEHOLDER_VALUE.test(v)) return;
  values[key] = v;
}

/** Values from an error message and, for the endpoint and region, the text around it. */
export function extractValues(message: string | null, around: string): Record<string, string> {
  const values: Record<string, string> = {};
  const msg = message ?? "";
  for (const text of msg ? [msg, around] : [around]) {
    put(values, "templateId", TEMPLATE_ID.exec(text)?.[1]);
    const apiId = API_ID.exec(text)?.[1];
    put(values, "apiId", apiId === undefined ? undefined : trimEndChars(apiId, "."));
    put(values, "policy", POLICY.exec(text)?.[1]);
    const limit = LIMIT.exec(text);
    if (limit) {
      put(values, "limit", limit[1]);
      put(values, "window", foldSpaces(limit[2]!));
    }
    put(values, "expiresAt", EXPIRES.exec(text)?.[1]);
    put(values, "protocol", PROTOCOL.exec(text)?.[1]);
    if (text === msg) put(values, "ak", maskedAk(AK.exec(text)?.[1]));
  }
  const all = msg ? `${msg}\n${around}` : around;
  const hostList = hosts(all);
  const endpoint = hostList[0];
  if (endpoint) put(values, "endpoint", endpoint);
  for (const host of hostList) {
    const region = regionOfHost(host);
    if (region) {
      put(values, "region", region);
      break;
    }
  }
  if (!values.region) put(values, "region", REGION_LABEL.exec(all)?.[1] ?? REGION.exec(all)?.[1]);
  put(values, "obsId2", OBS_ID2.exec(around)?.[1]);
  return values;
}
