/**
 * Every regular expression written in lib/: the literals, found by reading
 * each file's syntax tree, and the places that build one at run time from
 * something other than a literal (which no checker can read, so lib/ must
 * not have any).
 */
import fs from "node:fs";
import path from "node:path";
// TypeScript 7 (the project's compiler) has no JavaScript API yet: the syntax tree comes from the TypeScript 6 compatibility package.
import ts from "@typescript/typescript6";

export interface FoundRegex {
  file: string;
  line: number;
  source: string;
  flags: string;
}

export interface DynamicRegex {
  file: string;
  line: number;
  text: string;
}

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(full));
    else if (/\.(ts|tsx)$/.test(entry.name) && !entry.name.endsWith(".d.ts")) out.push(full);
  }
  return out;
}

export function regexesIn(root: string, folder = "lib"): { literals: FoundRegex[]; dynamic: DynamicRegex[] } {
  const literals: FoundRegex[] = [];
  const dynamic: DynamicRegex[] = [];
  for (const file of filesUnder(path.join(root, folder))) {
    const text = fs.readFileSync(file, "utf8");
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true, file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
    const rel = path.relative(root, file);
    const lineOf = (node: ts.Node) => sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
    const visit = (node: ts.Node) => {
      if (ts.isRegularExpressionLiteral(node)) {
        const raw = node.text;
        const close = raw.lastIndexOf("/");
        literals.push({ file: rel, line: lineOf(node), source: raw.slice(1, close), flags: raw.slice(close + 1) });
      } else if (
        (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === "RegExp"
      ) {
        const [pattern, flags] = node.arguments ?? [];
        const literal = (n: ts.Expression | undefined) => n === undefined || ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n);
        if (pattern && literal(pattern) && literal(flags)) {
          literals.push({
            file: rel,
            line: lineOf(node),
            source: (pattern as ts.StringLiteral).text,
            flags: flags ? (flags as ts.StringLiteral).text : "",
          });
        } else {
          dynamic.push({ file: rel, line: lineOf(node), text: node.getText(sf).slice(0, 120) });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return { literals, dynamic };
}
