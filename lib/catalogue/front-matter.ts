import matter from "gray-matter";
import { bodyFirstLine, checkMarkdownLinks } from "./links";
import type { ContentProblem } from "./load";

/**
 * One Markdown file with front matter, read for the checks: its YAML data, its
 * body, and the problems of the links in the body (each with its line). A file
 * whose YAML cannot be read gives the one problem that says why.
 */
export type FrontMatterFile =
  | { ok: true; data: Record<string, unknown>; body: string; linkProblems: ContentProblem[] }
  | { ok: false; problem: ContentProblem };

export function readFrontMatterFile(relativeFile: string, source: string): FrontMatterFile {
  let parsed: matter.GrayMatterFile<string>;
  try {
    // gray-matter caches by content; an empty options object turns that off.
    parsed = matter(source, {});
  } catch (error) {
    return {
      ok: false,
      problem: { file: relativeFile, field: "(front matter)", problem: `is not valid YAML: ${(error as Error).message.split("\n")[0]}` },
    };
  }
  const body = parsed.content.trim();
  const linkProblems = checkMarkdownLinks(body, bodyFirstLine(source, body)).map((link) => ({
    file: relativeFile,
    line: link.line,
    field: "(body)",
    problem: link.problem,
  }));
  return { ok: true, data: parsed.data, body, linkProblems };
}
