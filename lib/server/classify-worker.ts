/**
 * The task a worker thread of the classify pool runs: one paste in, the
 * answer of POST /api/classify out. Bundled on its own by
 * scripts/build-data.ts into generated/classify-worker.mjs, so Node can start
 * it as a worker thread beside the Next.js server.
 */
import { entryBySlug } from "../catalogue";
import { createClassifier } from "../classify";
import { classifierData } from "../classify/generated-data";
import { toApiResult, type ApiResult } from "../diagnose/api-finding";

export interface ClassifyTask {
  text: string;
  basePath: string;
}

const classify = createClassifier(classifierData);

export default function classifyTask({ text, basePath }: ClassifyTask): ApiResult {
  return toApiResult(classify(text), entryBySlug, basePath);
}
