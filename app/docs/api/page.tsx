import type { Metadata } from "next";
import { headers } from "next/headers";

export const metadata: Metadata = { title: "API reference · Inbox" };

// The API reference, for anyone: Scalar's reader over /api/openapi.json, served from our own origin
// (app/docs/api/reference.js) under the pages' CSP, so nothing loads from a CDN. Its scripts carry
// the request's nonce; what they load is trusted through 'strict-dynamic'. Fonts stay ours (no
// request to Scalar's), and "Test request" calls this server with the browser's own session.
// Without Scalar's hosted services: no developer toolbar (its cloud's deploy and SDK offers), no AI
// agent, no MCP; the CSP would refuse their requests anyway.
const configuration = {
  url: "/api/openapi.json",
  withDefaultFonts: false,
  showDeveloperTools: "never",
  agent: { disabled: true },
  mcp: { disabled: true },
  telemetry: false,
  metaData: { title: "Inbox API" },
};

export default async function ApiReferencePage() {
  const nonce = (await headers()).get("content-security-policy")?.match(/'nonce-([^']+)'/)?.[1];
  return (
    <>
      <script id="api-reference" nonce={nonce} data-configuration={JSON.stringify(configuration)} />
      <script src="/docs/api/reference.js" nonce={nonce} />
      <noscript>
        <p className="p-6">
          The reference needs JavaScript. The document itself is at <a href="/api/openapi.json">/api/openapi.json</a>.
        </p>
      </noscript>
    </>
  );
}
