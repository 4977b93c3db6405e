import { NextResponse, type NextRequest } from "next/server";
import slugs from "./generated/slugs.json";
import { REQUESTED_CODE_HEADER, resolveCodePath } from "./lib/catalogue/resolve";

export function middleware(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const basePath = request.nextUrl.basePath;
  const segment = pathname.slice(pathname.indexOf("/codes/") + "/codes/".length).replace(/\/+$/, "");
  if (!segment || segment.includes("/")) return NextResponse.next();

  const resolution = resolveCodePath(segment, slugs);
  if (resolution.kind === "page") return NextResponse.next();
  if (resolution.kind === "redirect") {
    // Keep the host and scheme the client used (proxies, intranet names), not Next's normalised "localhost".
    const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host") ?? request.nextUrl.host;
    const scheme = request.headers.get("x-forwarded-proto") ?? request.nextUrl.protocol.replace(/:$/, "");
    const target = new URL(`${basePath}/codes/${encodeURIComponent(resolution.slug)}${request.nextUrl.search}`, `${scheme}://${host}`);
    return NextResponse.redirect(target, 308);
  }
  // Unknown codes get a helpful 404 page from a dynamic route of their own, so the code pages stay static.
  const headers = new Headers(request.headers);
  headers.set(REQUESTED_CODE_HEADER, encodeURIComponent(resolution.requested.slice(0, 80)));
  const unknownPage = request.nextUrl.clone();
  unknownPage.pathname = "/unknown-code/requested";
  return NextResponse.rewrite(unknownPage, { request: { headers } });
}

export const config = { matcher: ["/codes/:path*"] };
