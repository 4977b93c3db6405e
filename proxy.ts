import { NextResponse, type NextRequest } from "next/server";
import slugs from "./generated/slugs.json";
import { REQUESTED_CODE_HEADER, resolveCodePath } from "./lib/catalogue/resolve";
import { PAGE_STATUS_HEADER } from "./lib/http/page-status";
import { REDIRECT_CACHE_CONTROL } from "./lib/http/redirect";
import { localePath, splitLocale } from "./lib/i18n/locales";
import { asksForSearch } from "./lib/search/url-state";

/**
 * A fetch by the app's own router for the page's React Server Components payload, not a page load. Next
 * hides its `RSC` header and `_rsc` parameter from middleware, so this asks the browser: a fetch is
 * `Sec-Fetch-Dest: empty`, a page load `document` (or `iframe`). A client that sends none is a page load.
 */
function isClientNavigation(request: NextRequest): boolean {
  return (
    request.headers.get("sec-fetch-dest") === "empty" ||
    request.headers.has("rsc") ||
    request.nextUrl.searchParams.has("_rsc") ||
    (request.headers.get("accept") ?? "").includes("text/x-component")
  );
}

/**
 * Code pages in every language (/codes/<code>, /zh/codes/<code>): other spellings of a code
 * are sent to its page in the same language, and unknown codes get that language's 404 page.
 *
 * The home page loaded with a search in its address (/?q=rate+limit, /zh?q=…) is rendered on the server
 * with the results in it, so a browser without JavaScript shows them too. The search box's own address
 * changes are client navigations (RSC requests): those keep the static home page.
 */
export function proxy(request: NextRequest) {
  const { locale, path } = splitLocale(request.nextUrl.pathname);
  if (path === "/") {
    if (isClientNavigation(request) || !asksForSearch(request.nextUrl.searchParams)) return NextResponse.next();
    const withResults = request.nextUrl.clone();
    withResults.pathname = localePath(locale, "/search-results");
    return NextResponse.rewrite(withResults);
  }
  if (path.startsWith("/unknown-code/")) {
    // Only reached through the rewrite below; asked for directly, it is a 404 naming no code.
    const headers = new Headers(request.headers);
    headers.delete(REQUESTED_CODE_HEADER);
    return NextResponse.next({ request: { headers }, headers: { [PAGE_STATUS_HEADER]: "404" } });
  }
  if (!path.startsWith("/codes/")) return NextResponse.next();
  const segment = path.slice("/codes/".length).replace(/\/+$/, "");
  if (!segment || segment.includes("/")) return NextResponse.next();

  const resolution = resolveCodePath(segment, slugs);
  if (resolution.kind === "page") return NextResponse.next();
  if (resolution.kind === "redirect") {
    // Built from the server's own URL for this request, never from Host or X-Forwarded-*: Next.js turns a
    // same-origin redirect into a relative Location, so the browser stays on whatever host it asked.
    const target = request.nextUrl.clone();
    target.pathname = localePath(locale, `/codes/${encodeURIComponent(resolution.slug)}`);
    const response = NextResponse.redirect(target, 308);
    response.headers.set("Cache-Control", REDIRECT_CACHE_CONTROL);
    return response;
  }
  // Unknown codes get a helpful 404 page from a dynamic route of their own, so the code pages stay static.
  const headers = new Headers(request.headers);
  headers.set(REQUESTED_CODE_HEADER, encodeURIComponent(resolution.requested.slice(0, 80)));
  const unknownPage = request.nextUrl.clone();
  unknownPage.pathname = localePath(locale, "/unknown-code/requested");
  return NextResponse.rewrite(unknownPage, { request: { headers }, headers: { [PAGE_STATUS_HEADER]: "404" } });
}

export const config = { matcher: ["/", "/zh", "/codes/:path*", "/unknown-code/:path*", "/zh/codes/:path*", "/zh/unknown-code/:path*"] };
