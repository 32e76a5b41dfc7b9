import "server-only";
import { NextRequest } from "next/server";
import { clientAddress } from "@/lib/auth/client-address";
import { signInErrorMessage } from "@/lib/auth/sign-in-errors";
import { reserveSignInAttempt } from "@/lib/auth/sign-in-limits";
import { authenticatedRoute } from "@/lib/http/api-route";
import { readBodyText } from "@/lib/http/read-body";

type RouteContext = { params: Promise<Record<string, string | string[]>> };
type Handler = (request: NextRequest, context: RouteContext) => Promise<Response>;

/** next-auth's forms are a few hundred bytes; it would read any body whole (review H1: 256 MiB posts). */
const AUTH_BODY_MAX_BYTES = 16 * 1024;

/**
 * next-auth's endpoints behind the same wrapper as the API (request id, log line, no 5xx details,
 * 413 that closes the connection), with the body read under 16 KiB before next-auth sees it, and
 * the sign-in attempt counted before any password is checked: past a limit, a 429 with
 * Retry-After, in the shape next-auth's client reads (`url` carries the error code).
 */
export function authRoute(handler: Handler) {
  return authenticatedRoute(
    {},
    async () => ({}),
    async ({ request }) => {
      const context = { params: Promise.resolve({ nextauth: request.nextUrl.pathname.split("/").slice(3) }) };
      if (request.method !== "POST") return handler(request, context);
      const body = await readBodyText(request, AUTH_BODY_MAX_BYTES);
      if (request.nextUrl.pathname.endsWith("/callback/credentials")) {
        const retryAfter = await reserveSignInAttempt(
          String(fields(request, body).email ?? ""),
          clientAddress(request.headers),
        );
        if (retryAfter !== null) return tooManyAttempts(request, retryAfter);
      }
      return handler(new NextRequest(request.url, { method: "POST", headers: request.headers, body }), context);
    },
  );
}

function fields(request: NextRequest, body: string): Record<string, unknown> {
  if ((request.headers.get("content-type") ?? "").includes("application/json")) {
    try {
      const parsed: unknown = JSON.parse(body);
      return parsed && typeof parsed === "object" ? (parsed as Record<string, unknown>) : {};
    } catch {
      return {};
    }
  }
  return Object.fromEntries(new URLSearchParams(body));
}

function tooManyAttempts(request: NextRequest, retryAfter: number): Response {
  const url = new URL("/login?error=TooManyAttempts", request.url).toString();
  return Response.json(
    { message: signInErrorMessage("TooManyAttempts"), url },
    { status: 429, headers: { "retry-after": String(retryAfter) } },
  );
}
