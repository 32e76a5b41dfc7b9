import { z } from "zod";
import { body, boundedInt, objectId, text } from "@/lib/schemas";

export const messagesInput = body({
  conversationId: objectId,
  limit: boundedInt(1, 500).optional(),
  before: objectId.optional(),
});

export const replyInput = body({
  body: text({ max: 5000, trim: true }).default(""),
  /** Files uploaded into the conversation first (POST …/uploads), sent with the text. */
  attachments: z
    .array(objectId)
    .max(10, "at most 10 files")
    .refine((ids) => new Set(ids).size === ids.length, "must not name a file twice")
    .default([]),
}).refine((reply) => reply.body !== "" || reply.attachments.length > 0, {
  path: ["body"],
  message: "must not be empty",
});

export const messageIdParams = z.object({ id: objectId, messageId: objectId });
