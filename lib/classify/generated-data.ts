import type { ClassifierData } from "./data";
import data from "../../generated/classifier-data.json";

/**
 * The classifier's share of the catalogue, as written by scripts/build-data.ts
 * (generated/classifier-data.json): what the diagnose page's worker and the
 * API's worker threads load. `createClassifier(classifierData)`.
 */
export const classifierData: ClassifierData = data as unknown as ClassifierData;
