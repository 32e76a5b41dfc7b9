import { z } from "zod";
import { bulkActions } from "@/lib/conversations/bulk-action";
import { snoozePresets } from "@/lib/conversations/snooze-times";
import { labelIds } from "@/lib/labels/schemas";
import { body, channelType, idParams, objectId, strictBoolean } from "@/lib/schemas";

export const conversationIdParams = idParams;

export const conversationsByContactInput = body({
  contactId: objectId,
  channelType: channelType.default("sms"),
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
  // Conversation metadata, as the reference's update allows: the AI's playbook and whether it
  // replies on its own (lib/ai/autopilot.ts).
  isAutopilot: strictBoolean.optional(),
  process: objectId.nullable().optional(),
  __v: z.number({ error: "must be the integer version you last read" }).int().min(0).optional(),
}).refine(
  (b) =>
    b.assignees !== undefined || b.isResolved !== undefined || b.isAutopilot !== undefined || b.process !== undefined,
  { message: "Provide assignees, isResolved, isAutopilot or process" },
);

export const resolveConversationInput = body({ isResolved: strictBoolean });

/** How long to snooze: exactly one of a time, a preset (in the organization's time zone), or until
 *  the contact writes. A time without an offset is a wall-clock time in the organization's zone. */
export const snoozeSpec = z
  .object(
    {
      until: z
        .union([z.iso.datetime({ offset: true }), z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/)], {
          error: "must be a date and time, like 2026-12-05T09:00 or 2026-12-05T09:00:00Z",
        })
        .optional()
        .meta({
          description: "When it comes back: with an offset, or a wall-clock time in the organization's time zone.",
        }),
      preset: z
        .enum(snoozePresets, { error: `must be one of ${snoozePresets.join(", ")}` })
        .optional()
        .meta({
          description:
            "Later today (3 hours on), tomorrow 09:00, or next Monday 09:00, in the organization's time zone.",
        }),
      untilReply: z
        .literal(true, { error: "must be true" })
        .optional()
        .meta({ description: "Until the contact writes." }),
    },
    { error: "must be an object" },
  )
  .refine((s) => [s.until, s.preset, s.untilReply].filter((v) => v !== undefined).length === 1, {
    message: "Give exactly one of until, preset or untilReply",
  });
export type SnoozeSpec = z.infer<typeof snoozeSpec>;

export const bulkUpdateInput = body({
  conversationIds: z.array(objectId, { error: "must be an array of conversation ids" }).min(1).max(100),
  action: z.enum(bulkActions, { error: `must be one of ${bulkActions.join(", ")}` }),
  /** For assign: who to add. For unassign: who to remove (omitted: everyone). */
  userIds: z.array(objectId, { error: "must be an array of user ids" }).max(100).optional(),
  /** For label and unlabel: which labels. */
  labelIds: labelIds.optional(),
  /** For snooze: until when. */
  snooze: snoozeSpec.optional(),
})
  .refine((b) => b.action !== "assign" || (b.userIds && b.userIds.length > 0), {
    message: "userIds: assign needs at least one user",
    path: ["userIds"],
  })
  .refine((b) => !["label", "unlabel"].includes(b.action) || (b.labelIds && b.labelIds.length > 0), {
    message: "labelIds: label and unlabel need at least one label",
    path: ["labelIds"],
  })
  .refine((b) => b.action !== "snooze" || b.snooze, { message: "snooze: say until when", path: ["snooze"] });
