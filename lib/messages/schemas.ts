import { z } from "zod";
import { body, boundedInt, objectId, text } from "@/lib/schemas";

export const messagesInput = body({
  conversationId: objectId,
  limit: boundedInt(1, 500).optional(),
  before: objectId.optional(),
});

export const replyInput = body({
  body: text({ min: 1, max: 5000, trim: true }),
});

export const messageIdParams = z.object({ id: objectId, messageId: objectId });
