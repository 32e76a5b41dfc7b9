import "server-only";
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { defineChannel, type SendOutcome } from "@/lib/channels/channel";
import { text } from "@/lib/schemas";
import { checkMessengerPage, findMessengerParts, type MessengerPart, sendMessengerMessage } from "./api";
import { type MessengerSecrets, type MessengerSettings, receiveMessengerEvents, verifySubscription } from "./webhooks";

// Facebook Messenger for one Page: the Send API to answer, Meta's signed webhook for messages and
// receipts (after a handshake with a verify token the admin types into Meta's dashboard).

const secret = text({ min: 1, max: 500, trim: true });

// Messenger lets a Page answer a person for 24 hours after their last message (the standard
// messaging window); past it the Send API refuses, so we say so without asking.
const WINDOW_MS = 24 * 60 * 60 * 1000;

export const messenger = defineChannel({
  provider: "messenger",
  channelType: "facebook",
  label: "Facebook Messenger",
  connectInput: z.strictObject({
    pageId: text({ max: 30, trim: true }).pipe(z.string().regex(/^\d{5,30}$/, "must be the Page's numeric id")),
    pageAccessToken: secret,
    appSecret: secret,
  }),
  changeInput: z.strictObject({ pageAccessToken: secret.optional(), appSecret: secret.optional() }),
  split: ({ pageId, pageAccessToken, appSecret }): { settings: MessengerSettings; secrets: MessengerSecrets } => ({
    settings: { pageId, verifyToken: randomBytes(18).toString("base64url") },
    secrets: { pageAccessToken, appSecret },
  }),
  change: ({ settings, secrets }, change) => ({
    settings,
    secrets: {
      pageAccessToken: change.pageAccessToken ?? secrets.pageAccessToken,
      appSecret: change.appSecret ?? secrets.appSecret,
    },
  }),
  secretNames: ["pageAccessToken", "appSecret"],
  webhooks: { callback: { path: "", handlers: { GET: verifySubscription, POST: receiveMessengerEvents } } },
  fetchesAttachments: true,
  check: ({ settings, secrets }) => checkMessengerPage(settings.pageId, secrets.pageAccessToken),
  sender(message, { settings, secrets }) {
    if (!message.lastIncomingAt || Date.now() - message.lastIncomingAt.getTime() > WINDOW_MS) {
      return "Outside Messenger's 24-hour window: the contact has not written in the last 24 hours";
    }
    const page = { pageId: settings.pageId, accessToken: secrets.pageAccessToken };
    // The text, then each file: one Send API call each. `find` notes the parts already taken.
    const parts: MessengerPart[] = [
      ...(message.body ? [{ text: message.body }] : []),
      ...message.attachments.map((a) => ({ attachment: { contentType: a.contentType, url: a.url } })),
    ];
    let taken: string[] = [];
    return {
      async send() {
        let outcome: SendOutcome = { kind: "refused", reason: "Nothing to send" };
        for (const part of parts.slice(taken.length)) {
          outcome = await sendMessengerMessage(page, message.to, part);
          if (outcome.kind !== "accepted") return outcome;
          taken = [...taken, outcome.providerMessageId];
        }
        return outcome;
      },
      async find(since) {
        taken = await findMessengerParts(page, { psid: message.to, parts, since });
        return taken.length === parts.length ? (taken.at(-1) ?? null) : null;
      },
    };
  },
});
