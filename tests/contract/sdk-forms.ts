/**
 * Calls the fake endpoint with Huawei's official Node.js SDK core (a
 * ClientBuilder-built client with a dummy AK/SK, so the real signing code
 * runs) and keeps every form a developer copies when a call fails: the
 * exception as String(err), err.message, util.inspect(err) (what
 * console.log prints), JSON.stringify(err), console.error("...", err), the
 * SDK's own error log line (written to stdout by its logger, with colour
 * codes), and a terminal transcript holding the log line and the error.
 */
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import util from "node:util";
import { CASE_HEADER } from "./fake-endpoint";

export const FORMS = ["string", "message", "inspect", "json", "console-error", "sdk-log", "transcript"] as const;
export type FormName = (typeof FORMS)[number];
export type PrintedForms = Record<FormName, string>;

export interface SdkRun {
  forms: Map<string, PrintedForms>;
  /** The class name of each case's exception (ClientRequestException, ServerResponseException). */
  exceptionNames: Map<string, string>;
  /** The temporary HOME the SDK wrote its application id into. */
  home: string;
  ms: number;
}

const PROJECT_ID = "0a1b2c3d4e5f60718293a4b5c6d7e8f9";

/** What a developer's terminal shows for one failed call: the SDK's log line, then the error the program printed. */
function transcript(sdkLog: string, error: unknown): string {
  return `$ node recognize.js\n${sdkLog}${util.formatWithOptions({ colors: true }, "OCR call failed:", error)}\n`;
}

export async function printFailures(endpointUrl: string, caseIds: readonly string[]): Promise<SdkRun> {
  const started = performance.now();
  // The SDK writes ~/.huaweicloud/application_id on its first call: keep it out of the real home.
  const home = fs.mkdtempSync(path.join(os.tmpdir(), "ocr-desk-sdk-home-"));
  const previousHome = process.env.HOME;
  process.env.HOME = home;
  try {
    // The SDK is CommonJS; load it as Node would for a developer's script.
    const load = createRequire(path.join(process.cwd(), "package.json"));
    const { ClientBuilder } = load("@huaweicloud/huaweicloud-sdk-core/ClientBuilder");
    const { BasicCredentials } = load("@huaweicloud/huaweicloud-sdk-core");
    const credentials = new BasicCredentials()
      .withAk("AKDUMMYDUMMYDUMMY000")
      .withSk("SKdummy0dummy0dummy0dummy0dummy0dummy000")
      .withProjectId(PROJECT_ID);
    const client = new ClientBuilder((hc: unknown) => hc).withCredential(credentials).withEndpoint(endpointUrl).build() as {
      sendRequest(options: Record<string, unknown>): Promise<unknown>;
    };

    const forms = new Map<string, PrintedForms>();
    const exceptionNames = new Map<string, string>();
    for (const id of caseIds) {
      const written: string[] = [];
      const write = process.stdout.write;
      process.stdout.write = ((chunk: string | Uint8Array) => {
        written.push(typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8"));
        return true;
      }) as typeof process.stdout.write;
      let error: unknown = null;
      try {
        await client.sendRequest({
          method: "POST",
          url: "/v2/{project_id}/ocr/general-text",
          contentType: "application/json;charset=UTF-8",
          pathParams: {},
          queryParams: {},
          headers: { [CASE_HEADER]: id },
          data: { image: "/9j/4AAQSkZJRgABAQAAAQABAAD" },
        });
      } catch (e) {
        error = e;
      } finally {
        process.stdout.write = write;
      }
      if (!(error instanceof Error)) throw new Error(`case ${id}: the SDK did not raise an error`);
      const sdkLog = written.join("");
      exceptionNames.set(id, error.name);
      forms.set(id, {
        string: String(error),
        message: error.message,
        inspect: util.inspect(error),
        json: JSON.stringify(error),
        "console-error": util.format("OCR call failed:", error),
        "sdk-log": sdkLog,
        transcript: transcript(sdkLog, error),
      });
    }
    return { forms, exceptionNames, home, ms: performance.now() - started };
  } finally {
    if (previousHome === undefined) delete process.env.HOME;
    else process.env.HOME = previousHome;
  }
}
