import { type NextRequest, NextResponse } from "next/server";
import { sameSiteUrl } from "@/lib/auth/callback-url";
import { contentSecurityPolicy, newNonce } from "@/lib/http/content-security-policy";

export function proxy(request: NextRequest) {
  return request.nextUrl.pathname.startsWith("/api/auth/") ? authRequest(request) : page(request);
}

// Every page gets a fresh script nonce and the policy that names it (lib/http/content-security-policy.ts).
// The policy goes on the request too: Next.js reads the nonce from it while rendering and puts it
// on its scripts. API answers, static files and images are left alone (next.config.js).
function page(request: NextRequest) {
  const policy = contentSecurityPolicy(newNonce(), process.env.NODE_ENV === "development");
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", policy);
  return response;
}

// next-auth reads the callback URL from a cookie and a query parameter, and answers 500 when
// either is not a URL it can parse. One that is not on our site is dropped here, before it does:
// the cookie from the request it sees, the parameter from the URL.
const CALLBACK_COOKIES = ["next-auth.callback-url", "__Secure-next-auth.callback-url"];

function authRequest(request: NextRequest) {
  const origin = request.nextUrl.origin;
  const unsafe = (value: string | null) => value !== null && sameSiteUrl(value, origin) === null;
  const headers = new Headers(request.headers);
  const dropped = CALLBACK_COOKIES.filter((name) => unsafe(request.cookies.get(name)?.value ?? null));
  if (dropped.length) {
    // The other cookies stay byte for byte as the browser sent them.
    const pairs = (request.headers.get("cookie") ?? "").split(";");
    headers.set("cookie", pairs.filter((pair) => !dropped.includes(pair.split("=")[0]?.trim() ?? "")).join(";"));
  }
  const url = request.nextUrl.clone();
  if (unsafe(url.searchParams.get("callbackUrl"))) {
    url.searchParams.delete("callbackUrl");
    return NextResponse.rewrite(url, { request: { headers } });
  }
  return NextResponse.next({ request: { headers } });
}

export const config = {
  matcher: [
    // next-auth's endpoints only when they carry a callback URL to check: the proxy buffers request
    // bodies (next.config.js bounds that), and sign-in's own body limit should see them first.
    { source: "/api/auth/:path*", has: [{ type: "cookie", key: "next-auth.callback-url" }] },
    { source: "/api/auth/:path*", has: [{ type: "cookie", key: "__Secure-next-auth.callback-url" }] },
    { source: "/api/auth/:path*", has: [{ type: "query", key: "callbackUrl" }] },
    {
      // The webchat widget's loader and panel set their own policies (lib/channels/webchat/panel-page.ts).
      source: "/((?!api/|widget|_next/static|_next/image|icon.svg|favicon.ico).*)",
      // Prefetches of a page are not pages being shown: no nonce to mint for them.
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
