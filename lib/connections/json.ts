import { channelOf } from "@/lib/channels/registry";
import type { ChannelProvider } from "@/lib/generated/prisma/enums";
import { webhookUrls } from "./connections";

// A channel connection as the settings page and API show it: its public settings, which secrets
// are set (never what they are), the webhook URLs to give the provider, and its last check.

export function connectionJson(
  connection: {
    id: string;
    provider: ChannelProvider;
    name: string;
    settings: unknown;
    webhookKey: string;
    disabledAt: Date | null;
    checkedAt: Date | null;
    checkOk: boolean | null;
    checkMessage: string | null;
    createdAt: Date;
    /** Secrets the channel made in this request (connected, or rotated): in this answer only. */
    shownOnce?: Record<string, string>;
  },
  publicUrl: string,
) {
  const channel = channelOf(connection.provider);
  return {
    _id: connection.id,
    provider: connection.provider,
    /** The provider as people read it: "Twilio SMS". */
    label: channel.label,
    channelType: channel.channelType,
    name: connection.name,
    status: connection.disabledAt ? ("disabled" as const) : ("active" as const),
    /** The last time its credentials were tried (on connect, on a change, by "Test connection"). */
    check: connection.checkedAt
      ? {
          ok: Boolean(connection.checkOk),
          message: connection.checkMessage ?? "",
          at: connection.checkedAt.toISOString(),
        }
      : null,
    settings: connection.settings as Record<string, unknown>,
    secrets: Object.fromEntries(channel.secretNames.map((name) => [name, "set"])),
    webhooks: webhookUrls(connection.provider, connection.webhookKey, publicUrl),
    /** How a website embeds it (a webchat widget): its public id, the snippet, the CSP lines. */
    embed: channel.embed?.(connection.webhookKey, connection.settings, publicUrl) as Embed | undefined,
    shownOnce: connection.shownOnce,
    createdAt: connection.createdAt.toISOString(),
  };
}

export type Embed = { publicId: string; snippet: string; csp: string[] };

export type ConnectionJson = ReturnType<typeof connectionJson>;
