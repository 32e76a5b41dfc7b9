import { z } from "zod";
import { body, boundedInt, channelType, jsonDate, jsonId, objectId, text } from "@/lib/schemas";

// Notes and mentions: what a client sends and what it is answered. Pure: the inbox imports them.

/** The most people one note may mention. */
export const MAX_MENTIONS = 20;

export const noteInput = body({
  body: text({ min: 1, max: 5000, trim: true }),
  mentions: z
    .array(objectId)
    .max(MAX_MENTIONS, `at most ${MAX_MENTIONS} people`)
    .refine((ids) => new Set(ids).size === ids.length, "each person once")
    .default([])
    .meta({ description: "Ids of the organization's active people the note mentions (each is told)." }),
});

export const noteIdParams = z.object({ id: objectId, messageId: objectId });

export const mentionsQuery = z.strictObject({
  cursor: text({ max: 200 }).optional(),
  limit: boundedInt(1, 100).default(30),
});

export const readMentionsInput = body({
  conversationId: objectId.optional().meta({ description: "Only this conversation's; without it, all." }),
});

export const mentionJsonSchema = z.strictObject({
  _id: jsonId,
  conversationId: jsonId,
  messageId: jsonId,
  createdAt: jsonDate,
  readAt: jsonDate.nullable(),
  author: z.strictObject({ _id: jsonId, fullName: z.string() }).nullable().meta({ description: "Who wrote the note." }),
  contact: z.strictObject({ _id: jsonId, fullName: z.string() }),
  channelType,
  excerpt: z.string().meta({ description: "The note's first 280 characters." }),
});
export type MentionJson = z.infer<typeof mentionJsonSchema>;

export const mentionsPageSchema = z.strictObject({
  mentions: z.array(mentionJsonSchema),
  nextCursor: z.string().nullable(),
  unread: z.number().int().meta({ description: "How many of the person's mentions are unread." }),
});
export type MentionsPage = z.infer<typeof mentionsPageSchema>;
