import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import { newNonce } from "@/lib/http/content-security-policy";
import { type Connection, widgetConfig } from "./api";

// The widget's two pages of ours: widget.js (the loader a website embeds) and the chat panel it
// frames (/widget/<public id>). Both are built from widget/ by scripts/generate.mjs.
//
// The panel has its own strict policy: its one script and one stylesheet carry a fresh nonce,
// nothing else runs or styles it, it talks only to us, and only the connection's websites may
// frame it (frame-ancestors). It sends Cross-Origin-Resource-Policy: cross-origin and its own
// Cross-Origin-Embedder-Policy, so that a host page with COEP require-corp can still frame it.

const built = new Map<string, string>();
function builtFile(name: string): string {
  let text = built.get(name);
  if (text === undefined) {
    text = readFileSync(path.join(process.cwd(), "lib/generated/widget", name), "utf8");
    if (process.env.NODE_ENV === "production") built.set(name, text);
  }
  return text;
}

const crossOrigin = {
  "cross-origin-resource-policy": "cross-origin",
  "x-content-type-options": "nosniff",
};

/** widget.js: cached briefly (a new version reaches websites within minutes), loadable anywhere. */
export function loaderScript(): Response {
  return new Response(builtFile("widget.js"), {
    headers: {
      ...crossOrigin,
      "content-type": "text/javascript; charset=utf-8",
      "cache-control": "public, max-age=300",
      "access-control-allow-origin": "*",
    },
  });
}

const page = (status: number, body: string, headers: Record<string, string>) =>
  new Response(body, { status, headers: { ...crossOrigin, "content-type": "text/html; charset=utf-8", ...headers } });

/** The chat panel of an (enabled) widget. */
export async function panelPage(connection: Connection): Promise<Response> {
  const { publicId } = connection;
  const config = { ...(await widgetConfig(connection)), api: `/api/widget/${publicId}`, publicId };
  const nonce = newNonce();
  // JSON in a script element: "<" escaped, so that no text in it can end the element.
  const configJson = JSON.stringify(config).replace(/</g, "\\u003c");
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Chat with ${escapeHtml(config.title || "us")}</title><style nonce="${nonce}">${builtFile("panel.css")}</style></head><body><script type="application/json" id="webchat-config">${configJson}</script><script nonce="${nonce}">${builtFile("panel.js")}</script></body></html>`;
  const ancestors = connection.settings.allowedOrigins.join(" ");
  return page(200, html, {
    "content-security-policy": [
      "default-src 'none'",
      `script-src 'nonce-${nonce}'`,
      `style-src 'nonce-${nonce}'`,
      "img-src blob:",
      "connect-src 'self'",
      "base-uri 'none'",
      "form-action 'none'",
      `frame-ancestors ${ancestors}`,
    ].join("; "),
    "cross-origin-embedder-policy": "require-corp",
    "referrer-policy": "no-referrer",
    "cache-control": "no-store",
  });
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
