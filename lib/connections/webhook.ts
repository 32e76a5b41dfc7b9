import "server-only";
import type { NextRequest } from "next/server";
import { channelOf, isProvider } from "@/lib/channels/registry";
import { ApiError } from "@/lib/http/api-error";
import { json } from "@/lib/http/responses";
import { connectionForPublicApi, connectionForWebhook, openConnection } from "./connections";

// Every provider's webhooks arrive at /api/webhooks/<provider>/<key>[/<path>]: the provider's
// channel names its hooks and handles them (verifying each request's signature first), given the
// enabled connection the key names. 404 for no such provider, hook or (enabled) connection.

export async function receiveWebhook(request: NextRequest, params: Record<string, string | string[]>) {
  const { provider, key, hook = [] } = params;
  if (typeof provider !== "string" || !isProvider(provider)) {
    throw new ApiError("not_found", "No such channel provider");
  }
  const channel = channelOf(provider);
  const path = Array.isArray(hook) ? hook.join("/") : hook;
  const webhook = Object.values(channel.webhooks).find((candidate) => candidate.path === path);
  if (!webhook) throw new ApiError("not_found", `No such ${channel.label} webhook`);
  const handler = webhook.handlers[request.method as "GET" | "POST"];
  if (!handler) {
    const allowed = Object.keys(webhook.handlers).join(", ");
    return json({ message: `Method not allowed. Use ${allowed}.` }, 405, { Allow: allowed });
  }
  const connection = await connectionForWebhook(provider, key);
  if (!connection) throw new ApiError("not_found", `No such ${channel.label} connection`);
  return handler(request, openConnection(connection));
}

/** A public endpoint of a connection (a webchat widget's), at /api/widget/<public id>/<path>: the
 *  channel that has them answers, given the enabled connection. 404 for any other. */
export async function receivePublicRequest(request: NextRequest, params: Record<string, string | string[]>) {
  const { key, path = [] } = params;
  const connection = await connectionForPublicApi(key);
  const api = connection && channelOf(connection.provider).publicApi;
  if (!connection || !api) throw new ApiError("not_found", "No such chat widget");
  return api(request, openConnection(connection), Array.isArray(path) ? path : [path]);
}

/** A connection's page for the public (a webchat widget's panel), at /widget/<public id>; a plain
 *  404 page for any other. */
export async function servePublicPage(publicId: string): Promise<Response> {
  const connection = await connectionForPublicApi(publicId);
  const page = connection && channelOf(connection.provider).publicPage;
  if (!connection || !page) {
    return new Response("<!doctype html><title>Not found</title><p>This page is not available.</p>", {
      status: 404,
      headers: {
        "content-type": "text/html; charset=utf-8",
        "content-security-policy": "default-src 'none'",
        "cache-control": "no-store",
      },
    });
  }
  return page(openConnection(connection));
}
