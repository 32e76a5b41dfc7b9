import "server-only";
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { defineChannel } from "@/lib/channels/channel";
import { widgetApi } from "./api";
import { embedOf } from "./embed";
import { panelPage } from "./panel-page";
import { DEFAULT_GREETING, DEFAULT_OFFLINE, type WebchatSettings, webchatSettingsInput } from "./settings";

// A chat widget on the organization's own website: no provider and no account. Visitors write
// through the widget's endpoints (./api.ts); an agent's reply is "sent" as soon as the outbox hands
// it over, since the visitor's widget reads it from us (pushed on its event stream, ./events.ts).

type Secrets = { identitySecret: string };

const newIdentitySecret = () => randomBytes(32).toString("base64url");

const changeShape = Object.fromEntries(
  Object.entries(webchatSettingsInput).map(([key, schema]) => [key, schema.optional()]),
) as { [K in keyof typeof webchatSettingsInput]: z.ZodOptional<(typeof webchatSettingsInput)[K]> };

export const webchat = defineChannel({
  provider: "webchat",
  channelType: "webchat",
  label: "Website chat",
  connectInput: z.strictObject(webchatSettingsInput),
  changeInput: z.strictObject({
    ...changeShape,
    /** A new identity secret (the old one stops verifying at once); shown once in the answer. */
    rotateIdentitySecret: z.literal(true, { error: "must be true" }).optional(),
  }),
  split: (input): { settings: WebchatSettings; secrets: Secrets } => ({
    settings: {
      allowedOrigins: [...new Set(input.allowedOrigins)],
      greeting: input.greeting || DEFAULT_GREETING,
      accentColor: input.accentColor ?? "#1d4ed8",
      askForContact: input.askForContact ?? false,
      offlineMessage: input.offlineMessage || DEFAULT_OFFLINE,
      businessHours: input.businessHours ?? null,
      requireIdentity: input.requireIdentity ?? false,
    },
    secrets: { identitySecret: newIdentitySecret() },
  }),
  change: ({ settings, secrets }, { rotateIdentitySecret, ...change }) => {
    const given = Object.fromEntries(Object.entries(change).filter(([, value]) => value !== undefined));
    return {
      settings: {
        ...settings,
        ...given,
        ...(change.allowedOrigins ? { allowedOrigins: [...new Set(change.allowedOrigins)] } : {}),
        ...(change.greeting === "" ? { greeting: DEFAULT_GREETING } : {}),
        ...(change.offlineMessage === "" ? { offlineMessage: DEFAULT_OFFLINE } : {}),
      },
      secrets: rotateIdentitySecret ? { identitySecret: newIdentitySecret() } : secrets,
    };
  },
  secretNames: ["identitySecret"],
  generatedSecrets: ["identitySecret"],
  webhooks: {},
  publicApi: widgetApi,
  publicPage: panelPage,
  embed: embedOf,
  // Nothing outside to reach: the widget is ours.
  check: async () => ({ ok: true, message: "Ready: add the snippet to your website" }),
  // The visitor reads the reply from us: handing it over is all sending takes.
  sender: (message) => ({
    send: async () => ({ kind: "accepted", providerMessageId: `webchat:${message.id}` }),
    find: async () => null,
  }),
});
