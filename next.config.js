// Browser security headers on every page and answer. X-Frame-Options backs up the pages' CSP
// frame-ancestors 'none' (set per request, with its script nonce, in proxy.ts) for older browsers:
// the signed-in inbox cannot be framed by another site (clickjacking).
const securityHeaders = [
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "same-origin" },
];

// API answers are data, never documents: if one is ever opened as a page, nothing in it may load or run.
const apiPolicy = { key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" };

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // proxy.ts sees next-auth requests that carry a callback URL; Next.js buffers their bodies for it.
  // Sign-in forms are a few hundred bytes (lib/http/auth-route.ts refuses more than 16 KiB).
  experimental: { proxyClientMaxBodySize: "16kb" },
  headers: async () => [
    // Not the webchat widget's panel, which the organization's own websites frame (its policy says
    // which: lib/channels/webchat/panel-page.ts), nor an email's HTML, which the inbox frames (its
    // route sets a stricter policy of its own: lib/channels/email/frame.ts).
    { source: "/:path((?!widget/|api/messages/[^/]+/html$).*)", headers: securityHeaders },
    { source: "/api/:path((?!messages/[^/]+/html$).*)", headers: [apiPolicy] },
    // Its errors are JSON like every answer's, and get the same care; the frame itself is ours to embed.
    {
      source: "/api/messages/:id/html",
      headers: [
        { key: "X-Frame-Options", value: "SAMEORIGIN" },
        { key: "X-Content-Type-Options", value: "nosniff" },
        { key: "Referrer-Policy", value: "no-referrer" },
      ],
    },
  ],
};

export default nextConfig;
