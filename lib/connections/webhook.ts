import "server-only";
import type { NextRequest } from "next/server";
import { channelOf, isProvider } from "@/lib/channels/registry";
import { ApiError } from "@/lib/http/api-error";
import { json } from "@/lib/http/responses";
import { connectionForWebhook, openConnection } from "./connections";

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
