import { z } from "zod";
import { channelOf } from "@/lib/channels/registry";
import { ChannelProvider } from "@/lib/generated/prisma/enums";
import { channelType, jsonDate, jsonId } from "@/lib/schemas";
import { webhookUrls } from "./connections";

// A channel connection as the settings page and API show it: its public settings, which secrets
// are set (never what they are), the webhook URLs to give the provider, and its last check.

const embedSchema = z.strictObject({ publicId: z.string(), snippet: z.string(), csp: z.array(z.string()) });
export type Embed = z.infer<typeof embedSchema>;

export const connectionJsonSchema = z.strictObject({
  _id: jsonId,
  provider: z.enum(ChannelProvider),
  /** The provider as people read it: "Twilio SMS". */
  label: z.string(),
  channelType,
  name: z.string(),
  status: z.enum(["active", "disabled"]),
  /** The last time its credentials were tried (on connect, on a change, by "Test connection"). */
  check: z.strictObject({ ok: z.boolean(), message: z.string(), at: jsonDate }).nullable(),
  settings: z.record(z.string(), z.unknown()),
  /** Which secrets are set; never what they are. */
  secrets: z.record(z.string(), z.literal("set")),
  /** The URLs to give the provider, by webhook. */
  webhooks: z.record(z.string(), z.string()),
  /** How a website embeds it (a webchat widget): its public id, the snippet, the CSP lines. */
  embed: embedSchema.optional(),
  /** Secrets the channel made in this request (connected, or rotated): in this answer only. */
  shownOnce: z.record(z.string(), z.string()).optional(),
  createdAt: jsonDate,
});
export type ConnectionJson = z.infer<typeof connectionJsonSchema>;

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
): ConnectionJson {
  const channel = channelOf(connection.provider);
  return {
    _id: connection.id,
    provider: connection.provider,
    label: channel.label,
    channelType: channel.channelType,
    name: connection.name,
    status: connection.disabledAt ? ("disabled" as const) : ("active" as const),
    check: connection.checkedAt
      ? {
          ok: Boolean(connection.checkOk),
          message: connection.checkMessage ?? "",
          at: connection.checkedAt.toISOString(),
        }
      : null,
    settings: connection.settings as Record<string, unknown>,
    secrets: Object.fromEntries(channel.secretNames.map((name) => [name, "set" as const])),
    webhooks: webhookUrls(connection.provider, connection.webhookKey, publicUrl),
    embed: channel.embed?.(connection.webhookKey, connection.settings, publicUrl) as Embed | undefined,
    shownOnce: connection.shownOnce,
    createdAt: connection.createdAt.toISOString(),
  };
}
