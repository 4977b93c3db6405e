import { Marked } from "marked";

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

// Raw HTML in the Markdown (content files, or a team's notes) is shown as text, never as markup.
const markdown = new Marked({
  gfm: true,
  async: false,
  renderer: {
    html(token) {
      return escapeHtml(token.text);
    },
  },
});

/** Renders "what went wrong" text or a team note from Markdown to HTML. */
export function renderBody(source: string): string {
  return markdown.parse(source) as string;
}
