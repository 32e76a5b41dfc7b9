import "server-only";
import { z } from "zod";
import { defineChannel } from "@/lib/channels/channel";
import { text } from "@/lib/schemas";
import { checkTwilioAccount, findTwilioMessage, sendTwilioMessage, type TwilioAccount } from "./api";
import { applyTwilioStatus, receiveTwilioMessage } from "./webhooks";

// SMS and MMS through a Twilio number (or a Messaging Service): Twilio's REST API to send, its
// signed webhooks for incoming messages and delivery reports.

const sid = (prefix: string) =>
  text({ max: 34, trim: true }).pipe(
    z.string().regex(new RegExp(`^${prefix}[0-9a-fA-F]{32}$`), `must be ${prefix} followed by 32 hexadecimal digits`),
  );
const e164 = text({ max: 16, trim: true }).pipe(
  z.string().regex(/^\+[1-9]\d{6,14}$/, "must be a phone number in E.164 form, like +15551230000"),
);
const secret = text({ min: 1, max: 500, trim: true });

type Settings = { accountSid: string; fromNumber?: string; messagingServiceSid?: string };
type Secrets = { authToken: string };

export const twilio = defineChannel({
  provider: "twilio",
  channelType: "sms",
  label: "Twilio SMS",
  connectInput: z
    .strictObject({
      accountSid: sid("AC"),
      authToken: secret,
      fromNumber: e164.optional(),
      messagingServiceSid: sid("MG").optional(),
    })
    .refine((v) => v.fromNumber || v.messagingServiceSid, {
      message: "send a sender number or a messagingServiceSid",
      path: ["fromNumber"],
    }),
  changeInput: z.strictObject({ authToken: secret.optional(), fromNumber: e164.optional() }),
  split: ({ authToken, ...settings }): { settings: Settings; secrets: Secrets } => ({
    settings,
    secrets: { authToken },
  }),
  change: ({ settings, secrets }, change) => ({
    // A new sender number replaces a Messaging Service.
    settings: change.fromNumber ? { accountSid: settings.accountSid, fromNumber: change.fromNumber } : settings,
    secrets: { authToken: change.authToken ?? secrets.authToken },
  }),
  secretNames: ["authToken"],
  webhooks: {
    messages: { path: "messages", handlers: { POST: receiveTwilioMessage } },
    status: { path: "status", handlers: { POST: applyTwilioStatus } },
  },
  fetchesAttachments: true,
  check: ({ settings, secrets }) => checkTwilioAccount(settings.accountSid, secrets.authToken),
  sender(message, { settings, secrets, webhookUrls }) {
    const account: TwilioAccount = { ...settings, authToken: secrets.authToken };
    return {
      // Delivery reports need a URL Twilio can reach: the configured public one.
      send: () =>
        sendTwilioMessage(account, {
          to: message.to,
          body: message.body,
          mediaUrls: message.attachments.map((a) => a.url),
          statusCallback: webhookUrls?.status,
        }),
      find: (since) =>
        findTwilioMessage(account, { to: message.to, body: message.body, media: message.attachments.length, since }),
    };
  },
});
