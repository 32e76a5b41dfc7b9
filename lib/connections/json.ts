import type { ChannelProvider } from "@/lib/generated/prisma/enums";

// A channel connection as the settings page and API show it: its public settings, which secrets
// are set (never what they are), and the webhook URLs to give the provider.

const secretNames: Record<ChannelProvider, string[]> = {
  twilio: ["authToken"],
  messenger: ["pageAccessToken", "appSecret"],
};

export const channelTypeOf = { twilio: "sms", messenger: "facebook" } as const;

export function connectionJson(
  connection: {
    id: string;
    provider: ChannelProvider;
    name: string;
    settings: unknown;
    webhookKey: string;
    disabledAt: Date | null;
    createdAt: Date;
  },
  publicUrl: string,
) {
  const base = `${publicUrl.replace(/\/$/, "")}/api/webhooks/${connection.provider}/${connection.webhookKey}`;
  return {
    _id: connection.id,
    provider: connection.provider,
    channelType: channelTypeOf[connection.provider],
    name: connection.name,
    status: connection.disabledAt ? ("disabled" as const) : ("active" as const),
    settings: connection.settings as Record<string, string>,
    secrets: Object.fromEntries(secretNames[connection.provider].map((name) => [name, "set"])),
    webhooks:
      connection.provider === "twilio"
        ? { messages: `${base}/messages`, status: `${base}/status` }
        : { callback: base },
    createdAt: connection.createdAt.toISOString(),
  };
}

export type ConnectionJson = ReturnType<typeof connectionJson>;
