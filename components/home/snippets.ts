/**
 * "Link your errors here": how to print this desk's page for a caught OCR error, in each SDK's
 * language. The code is the same in every language of the page; `desk` is the desk's address
 * (origin and base path), e.g. "https://errors.example.com/ocr-errors".
 */
export interface Snippet {
  language: string;
  code: string;
}

export const DESK_PLACEHOLDER = "https://your-desk.example";

export function linkSnippets(desk: string): Snippet[] {
  return [
    {
      language: "Python",
      code: `from huaweicloudsdkcore.exceptions import exceptions

try:
    response = client.recognize_general_text(request)
except exceptions.ClientRequestException as e:
    print(f"{e.error_code}: {e.error_msg} ${desk}/codes/{e.error_code}")
    raise`,
    },
    {
      language: "Java",
      code: `import com.huaweicloud.sdk.core.exception.ServiceResponseException;

try {
    client.recognizeGeneralText(request);
} catch (ServiceResponseException e) {
    log.error("{}: {} ${desk}/codes/{}", e.getErrorCode(), e.getErrorMsg(), e.getErrorCode());
    throw e;
}`,
    },
    {
      language: "Go",
      code: `import "github.com/huaweicloud/huaweicloud-sdk-go-v3/core/sdkerr"

response, err := client.RecognizeGeneralText(request)
var e *sdkerr.ServiceResponseError
if errors.As(err, &e) {
    log.Printf("%s: %s ${desk}/codes/%s", e.ErrorCode, e.ErrorMessage, e.ErrorCode)
}`,
    },
    {
      language: "Node.js",
      code: `try {
  await client.recognizeGeneralText(request);
} catch (err) {
  console.error(\`\${err.errorCode}: \${err.errorMsg} ${desk}/codes/\${err.errorCode}\`);
  throw err;
}`,
    },
  ];
}
