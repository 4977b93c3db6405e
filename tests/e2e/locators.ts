import type { Page } from "@playwright/test";

/** The search box once the page's script has taken it over (the server sends a plain form first). */
export const searchbox = (page: Page) =>
  page.getByRole("searchbox", { name: "Search error codes" }).and(page.locator("[data-testid^=search-input]"));

export const searchResults = (page: Page) => page.getByRole("list", { name: "Search results" });

export const pasteBox = (page: Page) => page.getByRole("textbox", { name: "Paste an error response" });
