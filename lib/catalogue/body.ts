import { marked } from "marked";

/** Renders an entry's "what went wrong" Markdown (our own content, not user input) to HTML. */
export function renderBody(markdown: string): string {
  return marked.parse(markdown, { async: false, gfm: true }) as string;
}
