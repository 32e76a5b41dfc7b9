import type { NextRequest } from "next/server";
import { type Env, env } from "@/lib/env";
import { ApiError } from "@/lib/http/api-error";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Cookie-authenticated writes must come from our own pages: Next.js checks Origin only for Server
 * Actions, not for route handlers. Browsers send Sec-Fetch-Site; older ones send Origin. A body must
 * also be JSON (or a file's bytes, as application/octet-stream), which an HTML form cannot send
 * without a CORS preflight; a DELETE without a body needs no content type (no form can send a
 * DELETE at all).
 */
export function assertSameSiteWrite(request: NextRequest, config: Pick<Env, "NEXTAUTH_URL" | "TRUST_PROXY"> = env()) {
  if (SAFE_METHODS.has(request.method)) return;
  const fetchSite = request.headers.get("sec-fetch-site");
  const origin = request.headers.get("origin");
  const crossSite = fetchSite
    ? fetchSite !== "same-origin" && fetchSite !== "none"
    : origin !== null && origin !== expectedOrigin(request, config);
  if (crossSite) throw new ApiError("forbidden", "Cross-site request refused");
  if (request.method === "DELETE" && !hasBody(request)) return;
  const contentType = (request.headers.get("content-type") ?? "").toLowerCase();
  if (!contentType.startsWith("application/json") && !contentType.startsWith("application/octet-stream")) {
    throw new ApiError("unsupported_media_type", "Content-Type must be application/json");
  }
}

/** Whether a request carries a body: a length above zero, or one sent in chunks. */
const hasBody = (request: NextRequest) =>
  request.headers.has("transfer-encoding") || Number(request.headers.get("content-length") ?? 0) > 0;

/** The app's own origin: the configured public URL's when there is one; else the Host the request
 *  came to, with X-Forwarded-Host/-Proto believed only behind a proxy the operator trusts (a client
 *  could send them itself). */
export function expectedOrigin(
  request: NextRequest,
  config: Pick<Env, "NEXTAUTH_URL" | "TRUST_PROXY"> = env(),
): string {
  if (config.NEXTAUTH_URL) return new URL(config.NEXTAUTH_URL).origin;
  const forwarded = (name: string) => (config.TRUST_PROXY ? request.headers.get(name) : null);
  const host = forwarded("x-forwarded-host") ?? request.headers.get("host") ?? request.nextUrl.host;
  const protocol = forwarded("x-forwarded-proto") ?? request.nextUrl.protocol.replace(":", "");
  return `${protocol}://${host}`;
}
