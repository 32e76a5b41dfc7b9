import { z } from "zod";
import { body, channelType, text } from "@/lib/schemas";

// Links a page will render: http(s) only, never javascript:, data: or the like.
const attachment = z.object({
  url: text({ max: 2000 }).pipe(z.url({ protocol: /^https?$/, error: "must be an http or https URL" })),
  name: text({ max: 300 }).optional(),
  contentType: text({ max: 200 }).optional(),
  size: z.number().int().min(0).optional(),
});

/** What a channel provider posts to the inbound-message webhook. */
export const inboundMessageInput = body({
  channelType,
  /** The contact's address on that channel: phone number, Messenger id, email address, webchat id. */
  from: text({ min: 1, max: 320, trim: true }),
  body: text({ max: 20_000 }).default(""),
  contactName: text({ max: 200, trim: true }).optional(),
  subject: text({ max: 500 }).optional(),
  attachments: z.array(attachment).max(20).default([]),
}).refine((m) => m.body.trim() !== "" || m.attachments.length > 0, {
  message: "body: a message needs a body or an attachment",
  path: ["body"],
});

export type InboundMessage = z.output<typeof inboundMessageInput>;
