/**
 * No secret leaves the app unmasked. Pastes are generated that embed secrets
 * of every kind the masker knows (passwords in URLs, cookies, X-Amz-* and OBS
 * signed URLs, API keys, PEM private keys, passwords with spaces, AK/SK pairs,
 * mixed-case AKs, tokens, Authorization headers, SKs) in every format the
 * classifier reads (JSON bodies, Node-inspected objects, Python dicts, curl
 * transcripts, query strings, log lines, OBS XML, Java and Python SDK
 * exceptions, Chinese text), both beside the error and inside its message.
 * Each paste goes through what the diagnose page does with it (the worker's
 * classification and timeline, the escalation packet of every finding, the
 * share link, decoded again), the API's answer and the command line's report,
 * and no part of any secret value may appear in any of them.
 */
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "@/lib/catalogue/load";
import { loadClassifierData } from "@/lib/catalogue/content";
import { createClassifier, preparePaste } from "@/lib/classify";
import { toApiResult } from "@/lib/diagnose/api-finding";
import { toDiagnoseEntry, type DiagnoseEntry } from "@/lib/diagnose/entry-view";
import { splitLines } from "@/lib/diagnose/excerpt";
import { findingLabel } from "@/lib/diagnose/labels";
import { escalationPacket } from "@/lib/diagnose/packet";
import { decodeShare, encodeDiagnosis, MAX_SHARED_PASTE_CHARS } from "@/lib/diagnose/share";
import { sharedState } from "@/lib/diagnose/share-excerpt";
import { textReport } from "@/lib/diagnose/text-report";
import { findingsTimeline } from "@/lib/diagnose/timeline";

const catalogue = loadCatalogue(path.join(process.cwd(), "content", "codes"));
const bySlug = (slug: string) => catalogue.find((e) => e.slug === slug);
const classify = createClassifier(loadClassifierData(catalogue));

// ---------------------------------------------------------------------------
// Secret values: long and random, so finding a piece of one by chance is impossible.

const UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const ALNUM = `${UPPER}abcdefghijklmnopqrstuvwxyz0123456789`;
const URL_SAFE = `${ALNUM}-._~!$`;
const SYMBOLS = `${ALNUM}!#$%^+=.~_-@:/?`;
const HEX = "0123456789abcdef";

// Never shrunk: a shrunk value ("AAAA...") is no longer random, and would be "found" where another one is.
const random = (alphabet: string, min: number, max: number) =>
  fc.noShrink(fc.string({ unit: fc.constantFrom(...alphabet), minLength: min, maxLength: max }));
/** An access key: 20 to 32 letters and digits, in any case. */
const anyAk = random(ALNUM, 20, 32);
const secretOf = (alphabet = ALNUM) => random(alphabet, 24, 48);
/** A password of several words: "correct horse battery staple". */
const spacedPassword = fc.array(random(SYMBOLS.replace(/[:/]/g, ""), 6, 10), { minLength: 4, maxLength: 5 }).map((w) => w.join(" "));
const pemLines = fc.array(random(`${ALNUM}+/`, 64, 64), { minLength: 3, maxLength: 6 });

/** Shortest piece of a secret that may not appear anywhere (an AK keeps its first four characters). */
const WINDOW = 8;

// ---------------------------------------------------------------------------
// How a field is written in each format.

type Style = "json" | "node" | "python" | "header" | "query" | "log" | "xml" | "java" | "pysdk" | "chinese";
const STYLES: readonly Style[] = ["json", "node", "python", "header", "query", "log", "xml", "java", "pysdk", "chinese"];

/** A field `key` = `value` as the style writes it; `quoted` values (with spaces) get quotes even where the style has none. */
function field(style: Style, key: string, value: string, quoted = false): string {
  switch (style) {
    case "json":
      return `${JSON.stringify(key)}: ${JSON.stringify(value)}`;
    case "node":
      return `${/^[A-Za-z_$][\w$]*$/.test(key) ? key : `'${key}'`}: '${value}'`;
    case "python":
      return `'${key}': '${value}'`;
    case "header":
      return `> ${key}: ${quoted ? `"${value}"` : value}`;
    case "query":
      return `${key}=${value}`;
    case "log":
      return quoted ? `${key}="${value}"` : `${key}=${value}`;
    case "xml":
      return `<${key}>${value}</${key}>`;
    case "java":
      return `    ${key}: ${quoted ? `"${value}"` : value}`;
    case "pysdk":
      return quoted ? `${key}:'${value}'` : `${key}:${value}`;
    case "chinese":
      return `${key}：${quoted ? `“${value}”` : value}`;
  }
}

interface Planted {
  kind: string;
  value: string;
}

/** Secrets of one kind, and how to write them in each style (null: not in this style; it goes on a log line instead). */
interface Fragment {
  kind: string;
  secrets: Planted[];
  write: (style: Style) => string | null;
  /** Written inside the error's message (one line), or null when the kind cannot be. */
  inline: string | null;
}

const pick = <T>(items: readonly T[]) => fc.constantFrom(...items);

const URL_HOSTS = [
  "obs.cn-north-4.myhuaweicloud.com/bucket/a.jpg",
  "proxy.example.com:8080",
  "codehub.devcloud.cn-north-4.huaweicloud.com/team/repo.git",
];

const urlPassword: fc.Arbitrary<Fragment> = fc
  .record({
    user: random("abcdefghijklmnopqrstuvwxyz", 3, 8),
    pw: secretOf(URL_SAFE),
    scheme: pick(["https", "http", "ftp", "sftp"]),
    host: pick(URL_HOSTS),
    form: fc.nat(3),
    escaped: fc.boolean(),
  })
  .map(({ user, pw, scheme, host, form, escaped }) => {
    const url = `${scheme}://${user}:${pw}@${host}`;
    const key = ["url", "endpoint", "proxy", "remote"][form]!;
    return {
      kind: "password in a URL",
      secrets: [{ kind: "password in a URL", value: pw }],
      inline: `url=${url}`,
      write: (style: Style) => {
        // PHP and some loggers write "\/" for "/"; inside another JSON string that becomes "\\/".
        if (style === "json")
          return escaped ? `"${key}": "${url.replace(/\//g, form % 2 === 0 ? "\\/" : "\\\\/")}"` : field(style, key, url);
        if (style === "log") return form === 3 ? `git clone ${url}` : `connecting to ${url} failed`;
        if (style === "header") return form === 3 ? `git clone ${url}` : `> Referer: ${url}`;
        if (style === "query") return `callback=${url}`;
        return field(style, key, url);
      },
    };
  });

const COOKIE_NAMES = ["SESSION", "JSESSIONID", "HWWAFSESID", "csrftoken", "sid", "HWWAFSESTIME"];

const cookies: fc.Arbitrary<Fragment> = fc
  .record({ v1: secretOf(`${ALNUM}-_.`), v2: secretOf(`${ALNUM}+/=`), n1: pick(COOKIE_NAMES), n2: pick(COOKIE_NAMES), set: fc.boolean() })
  .map(({ v1, v2, n1, n2, set }) => {
    const request = `${n1}=${v1}; ${n2}=${v2}`;
    const response = `${n1}=${v1}; Path=/; Expires=Wed, 21 Oct 2026 07:28:00 GMT; HttpOnly; Secure`;
    const second = `${n2}=${v2}; Path=/; SameSite=Lax`;
    return {
      kind: "cookie",
      secrets: [
        { kind: "cookie", value: v1 },
        { kind: "cookie", value: v2 },
      ],
      inline: `Cookie: ${request}`,
      write: (style: Style) => {
        if (style === "query") return null;
        if (style === "node") return set ? `'set-cookie': [ '${response}', '${second}' ]` : field(style, "cookie", request);
        if (style === "header") return set ? `< Set-Cookie: ${response}\n< Set-Cookie: ${second}` : `> Cookie: ${request}`;
        if (style === "log")
          return set
            ? `response Set-Cookie: ${response}, ${second}`
            : `curl -b '${request}' https://ocr.cn-north-4.myhuaweicloud.com/v2/p/ocr/id-card`;
        if (style === "pysdk") return `cookie:${request}`;
        return field(style, set ? "Set-Cookie" : "Cookie", set ? `${response}, ${second}` : request);
      },
    };
  });

const amz: fc.Arbitrary<Fragment> = fc
  .record({ ak: random(`${UPPER}0123456789`, 20, 24), sig: random(HEX, 64, 64), token: secretOf(`${ALNUM}%`) })
  .map(({ ak, sig, token }) => {
    const query = `X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=${ak}%2F20260501%2Fcn-north-4%2Fs3%2Faws4_request&X-Amz-Date=20260501T000000Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Security-Token=${token}&X-Amz-Signature=${sig}`;
    const url = `https://bucket.obs.cn-north-4.myhuaweicloud.com/photo.jpg?${query}`;
    return {
      kind: "X-Amz signed URL",
      secrets: [
        { kind: "X-Amz-Credential", value: ak },
        { kind: "X-Amz-Signature", value: sig },
        { kind: "X-Amz-Security-Token", value: token },
      ],
      inline: `presigned url ${url}`,
      write: (style: Style) => {
        if (style === "query") return query;
        if (style === "header")
          return `> Authorization: AWS4-HMAC-SHA256 Credential=${ak}/20260501/cn-north-4/s3/aws4_request, SignedHeaders=host;x-amz-date, Signature=${sig}\n> x-amz-security-token: ${token}`;
        if (style === "xml")
          return `<AWSAccessKeyId>${ak}</AWSAccessKeyId><SignatureProvided>${sig}</SignatureProvided><SecurityToken>${token}</SecurityToken>`;
        if (style === "json" || style === "node" || style === "python")
          return [
            field(style, "X-Amz-Credential", `${ak}/20260501/cn-north-4/s3/aws4_request`),
            field(style, "X-Amz-Signature", sig),
            field(style, "X-Amz-Security-Token", token),
          ].join(", ");
        return style === "chinese"
          ? `下载地址：${url}`
          : style === "java"
            ? `    url: ${url}`
            : style === "pysdk"
              ? `url:${url}`
              : `GET ${url} answered 403`;
      },
    };
  });

const obs: fc.Arbitrary<Fragment> = fc.record({ ak: anyAk, sig: secretOf(`${ALNUM}%`), token: secretOf() }).map(({ ak, sig, token }) => {
  const query = `AccessKeyId=${ak}&Expires=1777777777&Signature=${sig}&x-obs-security-token=${token}`;
  const url = `https://bucket.obs.cn-north-4.myhuaweicloud.com/photo.jpg?${query}`;
  return {
    kind: "OBS temporary URL",
    secrets: [
      { kind: "OBS AccessKeyId", value: ak },
      { kind: "OBS Signature", value: sig },
      { kind: "x-obs-security-token", value: token },
    ],
    inline: `temporary url ${url}`,
    write: (style: Style) => {
      if (style === "query") return query;
      if (style === "header") return `> Authorization: OBS ${ak}:${sig}\n> x-obs-security-token: ${token}`;
      if (style === "xml")
        return `<AccessKeyId>${ak}</AccessKeyId><SignatureProvided>${sig}</SignatureProvided><StringToSign>GET\n\n\n1777777777\n/bucket/photo.jpg</StringToSign>`;
      if (style === "json" || style === "node" || style === "python")
        return [field(style, "AccessKeyId", ak), field(style, "Signature", sig), field(style, "x-obs-security-token", token)].join(", ");
      return style === "chinese"
        ? `临时授权地址：${url}`
        : style === "java"
          ? `    url: ${url}`
          : style === "pysdk"
            ? `url:${url}`
            : `GET ${url} answered 403`;
    },
  };
});

const API_KEY_NAMES = ["api_key", "apikey", "api-key", "X-Api-Key", "apiKey", "x-api-key", "X_API_KEY"];

const apiKey: fc.Arbitrary<Fragment> = fc.record({ key: secretOf(`${ALNUM}-_`), name: pick(API_KEY_NAMES) }).map(({ key, name }) => ({
  kind: "API key",
  secrets: [{ kind: `API key (${name})`, value: key }],
  inline: `${name}=${key}`,
  write: (style: Style) => field(style, name, key),
}));

const PEM_TYPES = ["PRIVATE KEY", "RSA PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY", "ENCRYPTED PRIVATE KEY"];

const pem: fc.Arbitrary<Fragment> = fc.record({ lines: pemLines, type: pick(PEM_TYPES) }).map(({ lines, type }) => {
  const block = [`-----BEGIN ${type}-----`, ...lines, `-----END ${type}-----`];
  const escaped = `${block.join("\\n")}\\n`;
  return {
    kind: "PEM private key",
    secrets: lines.map((value) => ({ kind: `PEM private key (${type})`, value })),
    inline: null,
    write: (style: Style) => {
      if (style === "json") return `"private_key": "${escaped}"`;
      if (style === "python") return `'private_key': '${escaped}'`;
      // util.inspect prints a string with line breaks as '...\n' + '...\n' + ..., one piece a line.
      if (style === "node") return `privateKey: ${block.map((l) => `'${l}\\n'`).join(" +\n    ")}`;
      if (style === "xml") return `<PrivateKey>${block.join("\n")}</PrivateKey>`;
      if (style === "java") return `    privateKey: ${block.join("\n")}`;
      if (style === "query" || style === "pysdk") return null;
      return block.join("\n");
    },
  };
});

const PASSWORD_NAMES = ["password", "Password", "passwd", "db_password", "userPassword", "PASSWORD"];

const spaced: fc.Arbitrary<Fragment> = fc
  .record({ pw: spacedPassword, name: pick(PASSWORD_NAMES), form: fc.nat(2) })
  .map(({ pw, name, form }) => {
    const quotedForms = [`${name}="${pw}"`, `${name}: '${pw}'`, `${name}='${pw}'`];
    return {
      kind: "password with spaces",
      secrets: [{ kind: `password with spaces (${name})`, value: pw }],
      inline: quotedForms[form]!,
      write: (style: Style) => {
        if (style === "query") return null;
        if (style === "log") return `login failed for user ops ${quotedForms[form]}`;
        if (style === "chinese") return form === 0 ? `密码：“${pw}”` : field(style, name, pw, true);
        return field(style, name, pw, true);
      },
    };
  });

const PLAIN_PASSWORD_NAMES = ["password", "passwd", "pwd", "db_password", "spring.datasource.password", "HUAWEICLOUD_PASSWORD", "密码"];

const password: fc.Arbitrary<Fragment> = fc.record({ pw: secretOf(SYMBOLS), name: pick(PLAIN_PASSWORD_NAMES) }).map(({ pw, name }) => ({
  kind: "password",
  secrets: [{ kind: `password (${name})`, value: pw }],
  inline: `${name}=${pw}`,
  write: (style: Style) => (style === "xml" && name === "密码" ? field(style, "Password", pw) : field(style, name, pw)),
}));

const akSk: fc.Arbitrary<Fragment> = fc.record({ ak: anyAk, sk: secretOf(), form: fc.nat(4) }).map(({ ak, sk, form }) => {
  const forms = [`AK/SK: ${ak} / ${sk}`, `AK/SK=${ak}/${sk}`, `AK: ${ak} SK: ${sk}`, `ak=${ak}&sk=${sk}`, `AK / SK: ${ak} / ${sk}`];
  return {
    kind: "AK/SK pair",
    secrets: [
      { kind: `AK of "${forms[form]!.slice(0, 6)}"`, value: ak },
      { kind: `SK of "${forms[form]!.slice(0, 6)}"`, value: sk },
    ],
    inline: forms[form]!,
    write: (style: Style) => {
      if (style === "log" || style === "header") return style === "header" ? `> X-Debug: ${forms[form]}` : `credentials ${forms[form]}`;
      if (style === "query") return `ak=${ak}&sk=${sk}`;
      if (style === "chinese") return form === 0 ? `AK/SK：${ak} / ${sk}` : `AK：${ak}，SK：${sk}`;
      if (style === "json" && form === 0) return `"AK/SK": "${ak} / ${sk}"`;
      if (style === "xml") return `<AccessKey>${ak}</AccessKey><SecretKey>${sk}</SecretKey>`;
      const sep = style === "java" ? "\n" : ", ";
      return `${field(style, form === 2 ? "AK" : "ak", ak)}${sep}${field(style, form === 2 ? "SK" : "sk", sk)}`;
    },
  };
});

const AK_NAMES = ["ak", "AK", "access_key_id", "accessKeyId", "AccessKeyId", "HUAWEICLOUD_SDK_AK", "access_key", "accessKey"];

const mixedCaseAk: fc.Arbitrary<Fragment> = fc.record({ ak: anyAk, name: pick(AK_NAMES) }).map(({ ak, name }) => ({
  kind: "access key",
  secrets: [{ kind: `access key (${name})`, value: ak }],
  // The IAM message that names the AK (values.ak is read from it).
  inline: `Get secretKey failed,ak:${ak},err:ak not exist`,
  write: (style: Style) => field(style, name, ak),
}));

const TOKEN_NAMES = ["X-Auth-Token", "x-subject-token", "X-Security-Token", "token", "security_token", "access_token", "sessionToken"];

const token: fc.Arbitrary<Fragment> = fc
  .record({ tok: secretOf(`${ALNUM}-_`), name: pick(TOKEN_NAMES), iam: fc.boolean() })
  .map(({ tok, name, iam }) => {
    const value = iam ? `MIIZ${tok}${tok}` : tok;
    return {
      kind: "token",
      secrets: [{ kind: `token (${name})`, value }],
      inline: `${name}: ${value}`,
      write: (style: Style) => field(style, name, value),
    };
  });

const authorization: fc.Arbitrary<Fragment> = fc
  .record({ ak: anyAk, sig: random(HEX, 64, 64), bearer: secretOf(`${ALNUM}-_.`), form: fc.nat(2) })
  .map(({ ak, sig, bearer, form }) => {
    const values = [
      `SDK-HMAC-SHA256 Access=${ak}, SignedHeaders=content-type;host;x-sdk-date, Signature=${sig}`,
      `Bearer ${bearer}`,
      `Basic ${bearer}`,
    ];
    const secrets =
      form === 0
        ? [
            { kind: "Authorization Access", value: ak },
            { kind: "Authorization Signature", value: sig },
          ]
        : [{ kind: `Authorization ${values[form]!.split(" ")[0]}`, value: bearer }];
    return {
      kind: "Authorization header",
      secrets,
      inline: `Authorization: ${values[form]}`,
      write: (style: Style) => {
        if (style === "query") return null;
        if (style === "log" || style === "pysdk") return `Authorization: ${values[form]}`;
        if (style === "chinese") return `Authorization：${values[form]}`;
        return field(style, "Authorization", values[form]!, style !== "header" && style !== "java");
      },
    };
  });

const SK_NAMES = [
  "sk",
  "SK",
  "secret_access_key",
  "SecretAccessKey",
  "HUAWEICLOUD_SDK_SK",
  "secret",
  "client_secret",
  "secretKey",
  "Secret Access Key",
];

const secretKey: fc.Arbitrary<Fragment> = fc.record({ sk: secretOf(), name: pick(SK_NAMES) }).map(({ sk, name }) => ({
  kind: "secret key",
  secrets: [{ kind: `secret key (${name})`, value: sk }],
  inline: `${name}: ${sk}`,
  write: (style: Style) => field(style, style === "xml" || style === "query" ? name.replace(/ /g, "") : name, sk),
}));

const KINDS: ReadonlyArray<readonly [string, fc.Arbitrary<Fragment>]> = [
  ["password in a URL", urlPassword],
  ["cookie", cookies],
  ["X-Amz signed URL", amz],
  ["OBS temporary URL", obs],
  ["API key", apiKey],
  ["PEM private key", pem],
  ["password with spaces", spaced],
  ["password", password],
  ["AK/SK pair", akSk],
  ["access key", mixedCaseAk],
  ["token", token],
  ["Authorization header", authorization],
  ["secret key", secretKey],
];

// ---------------------------------------------------------------------------
// Pastes: one error in the format, the secrets beside it and one inside its message.

const RID = "5a63903e690bcd18d9ddf5c2ca75e827";
const MESSAGE = "Incorrect IAM authentication information: verify aksk signature fail";

const jsonString = (s: string) => JSON.stringify(s);
const quoteEscape = (s: string) => s.replace(/\\/g, "\\\\").replace(/'/g, "\\'").replace(/\n/g, "\\n");
const xmlEscape = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
/** Gson's default escaping of = ' & < > in a JSON text. */
const gson = (s: string) =>
  s.replace(/=/g, "\\u003d").replace(/'/g, "\\u0027").replace(/&/g, "\\u0026").replace(/</g, "\\u003c").replace(/>/g, "\\u003e");

const logLine = (n: number, level: string, text: string) =>
  `2026-05-01 10:0${n % 10}:${String((n * 7) % 60).padStart(2, "0")},412 ${level} [ocr-worker] ${text}`;

/** The paste of `format` with `fragments` beside the error and `inline` in its message. */
function paste(format: Style, fragments: Fragment[], inline: string | null, variant: number): string {
  const message = inline ? `${MESSAGE}, ${inline}` : MESSAGE;
  const written = fragments.map((f) => ({ f, text: f.write(format) }));
  const fields = written.filter((w) => w.text !== null).map((w) => w.text as string);
  // Kinds the format cannot hold go on log lines above the error.
  const above = written.filter((w) => w.text === null).map((w, i) => logLine(i, "DEBUG", w.f.write("log") ?? ""));
  const body = (msg: string) => `{"error_code":"APIG.0301","error_msg":${jsonString(msg)},"request_id":"${RID}"}`;
  let text: string;
  switch (format) {
    case "json": {
      const all = [`"error_code": "APIG.0301"`, `"error_msg": ${jsonString(message)}`, `"request_id": "${RID}"`, ...fields];
      text = variant % 2 === 0 ? `{${all.join(",")}}` : `{\n  ${all.join(",\n  ")}\n}`;
      if (variant % 3 === 2) text = gson(text);
      break;
    }
    case "node":
      text = [
        "[2026-05-01T10:00:03.412] [ERROR] default - request failed: {",
        "  data: {",
        `    error_msg: '${quoteEscape(message)}',`,
        "    error_code: 'APIG.0301',",
        `    request_id: '${RID}'`,
        "  },",
        "  status: 401,",
        "  headers: {",
        ...fields.map((f) => `    ${f},`),
        `    'x-request-id': '${RID}'`,
        "  }",
        "}",
      ].join("\n");
      break;
    case "python":
      text = `Error code: 401 - {'error_code': 'APIG.0301', 'error_msg': '${quoteEscape(message)}', 'request_id': '${RID}'${fields.map((f) => `, ${f}`).join("")}}`;
      break;
    case "header":
      text = [
        "$ curl -i -X POST https://ocr.cn-north-4.myhuaweicloud.com/v2/0a1b2c3d/ocr/general-text -d @body.json",
        "> POST /v2/0a1b2c3d/ocr/general-text HTTP/1.1",
        "> Host: ocr.cn-north-4.myhuaweicloud.com",
        ...fields,
        "> Content-Type: application/json",
        ">",
        "< HTTP/1.1 401 Unauthorized",
        "< Date: Fri, 01 May 2026 10:00:03 GMT",
        `< X-Request-Id: ${RID}`,
        "<",
        body(message),
      ].join("\n");
      break;
    case "query":
      text = logLine(
        3,
        "ERROR",
        `GET https://bucket.obs.cn-north-4.myhuaweicloud.com/photo.jpg?${fields.join("&")} failed: ${body(message)}`,
      );
      break;
    case "log":
      text = [...fields.map((f, i) => logLine(i, "WARN", f)), logLine(9, "ERROR", `call failed: ${body(message)}`)].join("\n");
      break;
    case "xml":
      text = [
        "HTTP/1.1 403 Forbidden",
        `x-obs-request-id: ${RID}`,
        "",
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
        `<Error><Code>SignatureDoesNotMatch</Code><Message>${xmlEscape(`The request signature we calculated does not match the signature you provided. ${inline ?? ""}`)}</Message><RequestId>${RID}</RequestId>${fields.join("")}<HostId>32AAAQAAEAABAAAQAAEAABAAAQAAEAABCS</HostId></Error>`,
      ].join("\n");
      break;
    case "java":
      text = [
        "com.huaweicloud.sdk.core.exception.ClientRequestException: ClientRequestException {",
        "    httpStatusCode: 401",
        "    errorCode: APIG.0301",
        `    errorMsg: ${message}`,
        `    requestId: ${RID}`,
        ...fields,
        "}",
        "\tat com.huaweicloud.sdk.core.exception.ServiceResponseException.mapException(ServiceResponseException.java:88)",
      ].join("\n");
      break;
    case "pysdk":
      text = `huaweicloudsdkcore.exceptions.exceptions.ClientRequestException: ClientRequestException - {status_code:401,request_id:${RID},error_code:APIG.0301,error_msg:${message},${fields.map((f) => `${f},`).join("")}encoded_authorization_message:None }`;
      break;
    case "chinese":
      text = `调用OCR接口时返回APIG.0301错误，错误信息为"${message}"，请求ID：${RID}。我的配置如下：${fields.join("，")}。请问如何处理？`;
      break;
  }
  return [...above, text].join("\n");
}

/** INFO lines that make a paste too long for a link to carry whole (the link then carries the error lines). */
function padded(text: string, lines: number): string {
  const filler = Array.from({ length: lines }, (_, i) =>
    logLine(i, "INFO", `job ${i} recognised 12 fields in 340 ms; nothing to report on this line at all`),
  );
  return [...filler, text, ...filler.slice(0, 3)].join("\n");
}

// ---------------------------------------------------------------------------
// What the app makes of a paste, the way the page, the API and the command line make it.

interface Outputs {
  findings: number;
  /** Name of each output and its text. */
  texts: Array<[string, string]>;
}

function outputs(text: string): Outputs {
  // components/diagnose/classify.worker.ts
  const result = classify(text);
  const redacted = preparePaste(text).text;
  const entries: Record<string, DiagnoseEntry> = {};
  for (const slug of result.findings.flatMap((f) => [f.entrySlug, f.runnerUp?.entrySlug, ...(f.candidates ?? [])])) {
    const entry = typeof slug === "string" ? bySlug(slug) : undefined;
    if (entry) entries[entry.slug] = toDiagnoseEntry(entry);
  }
  const timeline = findingsTimeline(result.findings, (i) => {
    const f = result.findings[i]!;
    return findingLabel(f, f.entrySlug ? (entries[f.entrySlug] ?? null) : null);
  });

  // components/diagnose/DiagnoseClient.tsx (fromPaste, share) and FindingCard.tsx (packet)
  const lines = splitLines(redacted);
  const lineAt = (n: number) => lines[n - 1] ?? null;
  const packets = result.findings.map((finding) =>
    escalationPacket({
      finding,
      entries,
      readerCause: null,
      tickedSteps: [],
      lineAt,
      lineCount: lines.length,
      pageUrl: (slug) => `http://desk.example/codes/${slug}`,
      requestIdTotal: finding.requestIds?.length ?? (finding.requestId ? 1 : 0),
    }),
  );
  const fragment = encodeDiagnosis(sharedState({ redactedPaste: redacted, result, timeline, causes: {}, ticked: [] }));
  const shared = decodeShare(`#${fragment}`);
  if (!shared.ok) throw new Error(`the share link does not decode: ${shared.error}`);

  return {
    findings: result.findings.length,
    texts: [
      ["the text the page shows", redacted],
      ["the classifier result", JSON.stringify(result)],
      ["the timeline", JSON.stringify(timeline)],
      ...packets.map((p, i): [string, string] => [`the escalation packet of finding ${i}`, p]),
      ["the decoded share link", JSON.stringify(shared.state)],
      ["the API answer", JSON.stringify(toApiResult(result, bySlug))],
      ["the command line's report", textReport(result, bySlug)],
    ],
  };
}

/** Every leak: which secret (kind, value), which piece of it, and in which output. */
function leaks(text: string, secrets: Planted[]): string[] {
  const out = outputs(text);
  const found: string[] = [];
  for (const s of secrets) {
    for (const [name, output] of out.texts) {
      for (let i = 0; i + WINDOW <= s.value.length; i++) {
        const piece = s.value.slice(i, i + WINDOW);
        if (output.includes(piece)) {
          found.push(`${s.kind} ${JSON.stringify(s.value)}: ${JSON.stringify(piece)} appears in ${name}`);
          break;
        }
      }
    }
  }
  return found;
}

function report(format: Style, text: string, found: string[]): string {
  return `in the ${format} format:\n  ${found.join("\n  ")}\n--- paste ---\n${text}`;
}

// ---------------------------------------------------------------------------

describe("no secret appears unmasked in anything the app shows, copies, shares or returns", () => {
  it("the check finds a secret the masker does not know", () => {
    // A value after a label the masker has no reason to mask: the leak check must see it.
    const value = "Zq3V8xL2mN7pR4tY6wB9cD1fG5hJ0kS2";
    const text = `2026-05-01 10:00:03,412 ERROR [ocr] call failed: {"error_code":"APIG.0301","error_msg":"${MESSAGE}, favourite_colour=${value}","request_id":"${RID}"}`;
    const found = leaks(text, [{ kind: "unmasked control", value }]).join("\n");
    for (const output of [
      "the text the page shows",
      "the classifier result",
      "the escalation packet",
      "the decoded share link",
      "the API answer",
      "the command line's report",
    ]) {
      expect(found).toContain(output);
    }
  });

  // Every kind in every format, a few random values each: the matrix the random test below samples.
  for (const [kind, arb] of KINDS) {
    describe(kind, () => {
      it.each(STYLES.map((s) => [s]))("in the %s format", (format) => {
        const samples = fc.sample(fc.tuple(arb, arb, fc.nat(5)), { numRuns: 6, seed: 9 + STYLES.indexOf(format) });
        for (const [beside, inside, variant] of samples) {
          const text = paste(format, [beside], inside.inline, variant);
          const secrets = [...beside.secrets, ...(inside.inline ? inside.secrets : [])];
          expect(outputs(text).findings, `no finding in:\n${text}`).toBeGreaterThan(0);
          const found = leaks(text, secrets);
          expect(found, report(format, text, found)).toEqual([]);
        }
      });
    });
  }

  it("holds for pastes mixing several kinds, long pastes shared as excerpts included", { timeout: 120_000 }, () => {
    const anyKind = fc.oneof(...KINDS.map(([, arb]) => arb));
    fc.assert(
      fc.property(
        pick(STYLES),
        fc.array(anyKind, { minLength: 1, maxLength: 5 }),
        anyKind,
        fc.nat(5),
        fc.boolean(),
        (format, beside, inside, variant, long) => {
          const base = paste(format, beside, inside.inline, variant);
          const text = long ? padded(base, Math.ceil(MAX_SHARED_PASTE_CHARS / 80)) : base;
          const secrets = [...beside.flatMap((f) => f.secrets), ...(inside.inline ? inside.secrets : [])];
          const found = leaks(text, secrets);
          expect(found, report(format, text, found)).toEqual([]);
        },
      ),
      { numRuns: 250 },
    );
  });
});
