import type { NextRequest } from "next/server";
import { ApiError } from "@/lib/http/api-error";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Cookie-authenticated writes must come from our own pages: Next.js checks Origin only for Server
 * Actions, not for route handlers. Browsers send Sec-Fetch-Site; older ones send Origin. A JSON
 * content type is also required, which an HTML form cannot send without a CORS preflight.
 */
export function assertSameSiteWrite(request: NextRequest) {
  if (SAFE_METHODS.has(request.method)) return;
  const fetchSite = request.headers.get("sec-fetch-site");
  const origin = request.headers.get("origin");
  const crossSite = fetchSite
    ? fetchSite !== "same-origin" && fetchSite !== "none"
    : origin !== null && origin !== expectedOrigin(request);
  if (crossSite) throw new ApiError("forbidden", "Cross-site request refused");
  const contentType = request.headers.get("content-type") ?? "";
  if (!contentType.toLowerCase().startsWith("application/json")) {
    throw new ApiError("unsupported_media_type", "Content-Type must be application/json");
  }
}

function expectedOrigin(request: NextRequest): string {
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host") ?? request.nextUrl.host;
  const protocol = request.headers.get("x-forwarded-proto") ?? request.nextUrl.protocol.replace(":", "");
  return `${protocol}://${host}`;
}
