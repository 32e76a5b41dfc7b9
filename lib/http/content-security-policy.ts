// The pages' Content-Security-Policy, one per request (proxy.ts): scripts run only with the
// request's nonce, which Next.js puts on its own scripts when it finds it in this header, and
// whatever those load ('strict-dynamic'); nothing inline that an attacker could inject runs.
//
// Styles allow 'unsafe-inline': React renders style attributes (positions of popovers, widths),
// which cannot carry a nonce. Style injection cannot run script; scripts stay strict.
// Development adds 'unsafe-eval', which React's dev build needs for its error overlays.

export function contentSecurityPolicy(nonce: string, development: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** 128 random bits, base64: what a nonce-source takes. */
export function newNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}
