import { z } from "zod";
import { body, boundedInt, channelType, idParams, objectId, strictBoolean } from "@/lib/validation/common";

export const conversationIdParams = idParams;

export const conversationsByContactInput = body({
  contactId: objectId,
  channelType: channelType.default("sms"),
});

export const messagesInput = body({
  conversationId: objectId,
  limit: boundedInt(1, 500).optional(),
  before: objectId.optional(),
});

export const conversationIdInput = body({ conversationId: objectId });

// Assignees may be ids or the populated objects a GET returned, so a client can PUT back what it read.
const assigneeRef = z.union([objectId, z.object({ _id: objectId }).transform((a) => a._id)], {
  error: "must be a user id",
});

export const updateConversationInput = body({
  assignees: z
    .array(assigneeRef, { error: "must be an array of user ids" })
    .max(100, "at most 100 assignees")
    .transform((ids) => [...new Set(ids)])
    .optional(),
  isResolved: strictBoolean.optional(),
  __v: z.number({ error: "must be the integer version you last read" }).int().min(0).optional(),
}).refine((b) => b.assignees !== undefined || b.isResolved !== undefined, {
  message: "Provide assignees or isResolved",
});

export const resolveConversationInput = body({ isResolved: strictBoolean });

export type UpdateConversationInput = z.output<typeof updateConversationInput>;
