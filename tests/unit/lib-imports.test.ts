/**
 * The import rules each lib/<folder>/README.md states, checked: which other
 * lib folders (and generated/ files) a folder may import, and which only for
 * their types; nothing in lib/ imports app/, components/, scripts/ or tests/.
 * Data flows one way: content/ → lib/ → app/ and components/.
 */
import fs from "node:fs";
import path from "node:path";
import ts from "@typescript/typescript6";
import { describe, expect, it } from "vitest";

const root = process.cwd();
const lib = path.join(root, "lib");

interface Import {
  from: string;
  /** Where it points, relative to the project root, without extension ("lib/catalogue/schema", "generated/catalogue.json"). */
  target: string;
  typeOnly: boolean;
}

/**
 * What each folder may import from outside itself. A rule names a folder
 * ("codes") or one file in it ("catalogue/constants"); generated/ files are
 * named as "generated/<file>". `types` may be imported for their types only.
 */
const RULES: Record<string, { values: string[]; types: string[] }> = {
  codes: { values: [], types: [] },
  i18n: { values: [], types: ["catalogue/constants", "classify/types", "diagnose/ticket", "search"] },
  classify: { values: ["codes", "catalogue/constants", "generated/classifier-data.json"], types: ["catalogue/schema"] },
  catalogue: {
    values: ["codes", "i18n", "classify", "generated/catalogue.json", "generated/notes.json", "generated/examples.json"],
    types: [],
  },
  search: {
    values: ["codes", "catalogue/constants", "i18n/locales", "generated/search-docs.json", "generated/search-index.json"],
    types: ["catalogue/schema"],
  },
  diagnose: {
    values: ["i18n", "catalogue/localize", "catalogue/public", "classify/limits", "classify/strings"],
    types: ["catalogue", "classify"],
  },
  http: { values: ["i18n"], types: [] },
  server: { values: ["catalogue", "classify", "diagnose"], types: [] },
  static: { values: ["i18n/locales", "http/security-headers", "http/page-csp"], types: [] },
};

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return filesUnder(full);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith(".d.ts") ? [full] : [];
  });
}

function resolveTarget(file: string, spec: string): string | null {
  let abs: string;
  if (spec.startsWith("@/")) abs = path.join(root, spec.slice(2));
  else if (spec.startsWith(".")) abs = path.resolve(path.dirname(file), spec);
  else return null; // a package
  const rel = path.relative(root, abs).split(path.sep).join("/");
  return rel.replace(/\.(tsx?|js)$/, "");
}

function importsOf(file: string): Import[] {
  const text = fs.readFileSync(file, "utf8");
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true, file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const out: Import[] = [];
  const from = path.relative(root, file).split(path.sep).join("/");
  const add = (spec: string, typeOnly: boolean) => {
    const target = resolveTarget(file, spec);
    if (target) out.push({ from, target, typeOnly });
  };
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const typeOnly =
        clause !== undefined &&
        (clause.isTypeOnly ||
          (clause.name === undefined &&
            clause.namedBindings !== undefined &&
            ts.isNamedImports(clause.namedBindings) &&
            clause.namedBindings.elements.length > 0 &&
            clause.namedBindings.elements.every((e) => e.isTypeOnly)));
      add(node.moduleSpecifier.text, typeOnly);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      const typeOnly =
        node.isTypeOnly ||
        (node.exportClause !== undefined && ts.isNamedExports(node.exportClause) && node.exportClause.elements.every((e) => e.isTypeOnly));
      add(node.moduleSpecifier.text, typeOnly);
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      add(node.arguments[0].text, false);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

const folders = fs
  .readdirSync(lib, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name);
const all = filesUnder(lib).flatMap(importsOf);

/** Whether `target` ("lib/catalogue/schema", "generated/notes.json") is covered by one of `rules`. */
function covered(target: string, rules: string[]): boolean {
  const name = target.startsWith("lib/") ? target.slice("lib/".length) : target;
  return rules.some((rule) => name === rule || name.startsWith(`${rule}/`) || (rule.startsWith("generated/") && name === rule));
}

describe("imports in lib/", () => {
  it("are read (the reader of the source works)", () => {
    expect(all.length).toBeGreaterThan(100);
    expect(all.some((i) => i.from === "lib/classify/match.ts" && i.target === "lib/catalogue/constants" && !i.typeOnly)).toBe(true);
    expect(all.some((i) => i.from === "lib/classify/data.ts" && i.target === "lib/catalogue/schema" && i.typeOnly)).toBe(true);
  });

  it("every folder of lib/ has its rules here and a README.md that states them", () => {
    expect(folders.filter((f) => !RULES[f])).toEqual([]);
    for (const folder of folders) {
      const readme = path.join(lib, folder, "README.md");
      expect(fs.existsSync(readme), readme).toBe(true);
      const text = fs.readFileSync(readme, "utf8");
      for (const rule of [...RULES[folder]!.values, ...RULES[folder]!.types].filter((r) => !r.startsWith("generated/"))) {
        expect(text, `${readme} names ${rule}`).toContain(`lib/${rule}`);
      }
    }
  });

  it("never reach app/, components/, scripts/ or tests/", () => {
    const bad = all.filter((i) => /^(app|components|scripts|tests)\//.test(i.target)).map((i) => `${i.from} -> ${i.target}`);
    expect(bad).toEqual([]);
  });

  it("follow each folder's rules", () => {
    const bad: string[] = [];
    for (const i of all) {
      const folder = i.from.split("/")[1] ?? "";
      const own = `lib/${folder}`;
      if (i.target === own || i.target.startsWith(`${own}/`)) continue;
      const rules = RULES[folder];
      if (!rules) continue; // reported by the README test
      const ok = covered(i.target, rules.values) || (i.typeOnly && covered(i.target, rules.types));
      if (!ok) bad.push(`${i.from} -> ${i.target}${i.typeOnly ? " (types)" : ""}`);
    }
    expect(bad).toEqual([]);
  });
});
