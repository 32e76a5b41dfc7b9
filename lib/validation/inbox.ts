import { z } from "zod";
import { body, boundedInt, channelType, objectId } from "@/lib/validation/common";

const flag = z
  .enum(["true", "false", "1", "0"], { error: "must be true or false" })
  .transform((v) => v === "true" || v === "1");

export const inboxViews = ["mine", "unassigned", "all"] as const;

/** The inbox's filters, as query parameters (they live in the page's URL too). */
export const inboxFilters = z.object({
  view: z.enum(inboxViews, { error: "must be mine, unassigned or all" }).default("all"),
  status: z.enum(["open", "resolved"], { error: "must be open or resolved" }).default("open"),
  channel: channelType.optional(),
  unseen: flag.optional(),
  q: z.string().trim().max(100, "at most 100 characters").optional(),
  /** Only conversations assigned to this user: a manager opening one person's queue. */
  assignee: objectId.optional(),
});

export const inboxQuery = inboxFilters.extend({
  cursor: z.string().max(200).optional(),
  limit: boundedInt(1, 100).default(50),
});

export type InboxFilters = z.output<typeof inboxFilters>;

export const bulkActions = ["assign", "unassign", "resolve", "reopen"] as const;

export const bulkUpdateInput = body({
  conversationIds: z.array(objectId, { error: "must be an array of conversation ids" }).min(1).max(100),
  action: z.enum(bulkActions, { error: `must be one of ${bulkActions.join(", ")}` }),
  /** For assign: who to add. For unassign: who to remove (omitted: everyone). */
  userIds: z.array(objectId, { error: "must be an array of user ids" }).max(100).optional(),
}).refine((b) => b.action !== "assign" || (b.userIds && b.userIds.length > 0), {
  message: "userIds: assign needs at least one user",
  path: ["userIds"],
});

export const replyInput = body({
  body: z
    .string({ error: (i) => (i.input === undefined ? "is required" : "must be a string") })
    .trim()
    .min(1, "must not be empty")
    .max(5000, "at most 5000 characters"),
});

export const contactsQuery = z.object({
  q: z.string().trim().max(100).optional(),
  cursor: z.string().max(200).optional(),
  limit: boundedInt(1, 100).default(50),
});

export const createTokenInput = body({
  name: z.string({ error: "is required" }).trim().min(1, "must not be empty").max(100, "at most 100 characters"),
});

const attachment = z.object({
  url: z.url({ error: "must be a URL" }).max(2000),
  name: z.string().max(300).optional(),
  contentType: z.string().max(200).optional(),
  size: z.number().int().min(0).optional(),
});

/** What a channel provider posts to the inbound-message webhook. */
export const inboundMessageInput = body({
  channelType,
  /** The contact's address on that channel: phone number, Messenger id, email address, webchat id. */
  from: z.string({ error: "is required" }).trim().min(1, "must not be empty").max(320),
  body: z.string({ error: "must be a string" }).max(20_000).default(""),
  contactName: z.string().trim().max(200).optional(),
  subject: z.string().max(500).optional(),
  attachments: z.array(attachment).max(20).default([]),
}).refine((m) => m.body.trim() !== "" || m.attachments.length > 0, {
  message: "body: a message needs a body or an attachment",
  path: ["body"],
});
