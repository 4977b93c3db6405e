/**
 * The code families this catalogue covers: the one list every other module
 * (code spelling, the content schema, the layers, the classifier's text
 * scanner, search) reads. No dependencies, so browser code can import it cheaply.
 *
 * Each family belongs to one layer of the call (the OCR service, the ModelArts
 * platform it runs on, and the two API gateways in front of it), listed in the
 * catalogue's order; `example` is a code people know, for messages that show one.
 */
export const FAMILIES = [
  { family: "AIS", layer: "ocr", example: "AIS.0101" },
  { family: "ModelArts", layer: "modelarts", example: "ModelArts.4204" },
  { family: "APIG", layer: "apig", example: "APIG.0308" },
  { family: "APIGW", layer: "apigw", example: "APIGW.0101" },
] as const;

export type KnownFamily = (typeof FAMILIES)[number]["family"];
export type FamilyLayer = (typeof FAMILIES)[number]["layer"];

/** The families in their canonical spelling, in catalogue order. */
export const KNOWN_FAMILIES: readonly KnownFamily[] = FAMILIES.map((f) => f.family);

/** The family each layer owns ("apig" → "APIG"). */
export const LAYER_FAMILY = Object.fromEntries(FAMILIES.map((f) => [f.layer, f.family])) as Record<FamilyLayer, KnownFamily>;

/** The layer a family belongs to ("APIG" → "apig"), for canonical spellings only. */
export const FAMILY_LAYER = Object.fromEntries(FAMILIES.map((f) => [f.family, f.layer])) as Record<KnownFamily, FamilyLayer>;

const byLowerCase = new Map<string, KnownFamily>(KNOWN_FAMILIES.map((family) => [family.toLowerCase(), family]));

/** The canonical family for a name in any case, or null when it is not one of ours. */
export function knownFamily(name: string): KnownFamily | null {
  return byLowerCase.get(name.toLowerCase()) ?? null;
}

/** "a code such as AIS.0101, ModelArts.4204, APIG.0308 or APIGW.0101": one example per family, for messages. */
export function familyExamples(): string {
  const examples = FAMILIES.map((f) => f.example);
  return `${examples.slice(0, -1).join(", ")} or ${examples[examples.length - 1]}`;
}

/**
 * Whether `code` is a catalogue code as written in content: a family in its
 * canonical spelling, a dot and four digits (AIS.0101, not ais.0101 or AIS.101).
 */
export function isCanonicalCode(code: string): boolean {
  const dot = code.indexOf(".");
  if (dot === -1 || code.length - dot - 1 !== 4) return false;
  const family = code.slice(0, dot);
  if (!(KNOWN_FAMILIES as readonly string[]).includes(family)) return false;
  for (let i = dot + 1; i < code.length; i++) {
    const c = code.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}
