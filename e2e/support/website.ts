import { once } from "node:events";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

// A customer's website on a loopback port of its own (another origin than the app's): it serves
// the pages a test gives it, each with its own headers (a strict CSP, COEP require-corp, …).

export type WebPage = { html: string; headers?: Record<string, string> };

export async function startWebsite(host = "127.0.0.1") {
  const pages = new Map<string, WebPage>();
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://x").pathname;
    if (path === "/favicon.ico") {
      response.writeHead(204).end();
      return;
    }
    const page = pages.get(path);
    if (!page) {
      response.writeHead(404).end("not found");
      return;
    }
    response.writeHead(200, { "content-type": "text/html; charset=utf-8", ...page.headers });
    response.end(page.html);
  });
  server.listen(0, host);
  await once(server, "listening");
  const origin = `http://${host}:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    /** Serves `html` (inside a plain page) at `path`. */
    page(path: string, body: string, headers: Record<string, string> = {}) {
      pages.set(path, {
        html: `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Acme shop</title></head><body>${body}</body></html>`,
        headers,
      });
      return `${origin}${path}`;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export type Website = Awaited<ReturnType<typeof startWebsite>>;
