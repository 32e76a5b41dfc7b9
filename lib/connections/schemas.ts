import { z } from "zod";
import { body, strictBoolean, text } from "@/lib/schemas";

// What admins send to connect a channel provider. Secrets are write-only: never read back.

const twilioSid = (prefix: string) =>
  text({ max: 34, trim: true }).pipe(
    z.string().regex(new RegExp(`^${prefix}[0-9a-fA-F]{32}$`), `must be ${prefix} followed by 32 hexadecimal digits`),
  );
const e164 = text({ max: 16, trim: true }).pipe(
  z.string().regex(/^\+[1-9]\d{6,14}$/, "must be a phone number in E.164 form, like +15551230000"),
);
const name = text({ min: 1, max: 100, trim: true });
const secret = text({ min: 1, max: 500, trim: true });

export const connectTwilioInput = body({
  provider: z.literal("twilio"),
  name,
  accountSid: twilioSid("AC"),
  authToken: secret,
  fromNumber: e164.optional(),
  messagingServiceSid: twilioSid("MG").optional(),
}).refine((v) => v.fromNumber || v.messagingServiceSid, {
  message: "fromNumber: send a sender number or a messagingServiceSid",
  path: ["fromNumber"],
});

export const connectMessengerInput = body({
  provider: z.literal("messenger"),
  name,
  pageId: text({ max: 30, trim: true }).pipe(z.string().regex(/^\d{5,30}$/, "must be the Page's numeric id")),
  pageAccessToken: secret,
  appSecret: secret,
});

/** What connecting a channel takes: a Twilio number or a Facebook Page. */
export const connectInput = z.discriminatedUnion("provider", [connectTwilioInput, connectMessengerInput], {
  error: (issue) =>
    issue.code === "invalid_union" ? "provider: must be twilio or messenger" : "Request body must be a JSON object",
});

/** A change: rename, enable or disable, or replace a secret (the others stay as they are). */
export const updateConnectionInput = body({
  name: name.optional(),
  enabled: strictBoolean.optional(),
  authToken: secret.optional(),
  fromNumber: e164.optional(),
  pageAccessToken: secret.optional(),
  appSecret: secret.optional(),
});

export type ConnectInput = z.output<typeof connectInput>;
export type UpdateConnectionInput = z.output<typeof updateConnectionInput>;
