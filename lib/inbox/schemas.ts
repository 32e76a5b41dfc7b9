import { z } from "zod";
import { type InboxFilters, inboxStatuses, inboxViews } from "@/lib/inbox/filters";
import { boundedInt, channelType, objectId, text } from "@/lib/schemas";

const flag = z
  .enum(["true", "false", "1", "0"], { error: "must be true or false" })
  .transform((v) => v === "true" || v === "1");

/** The inbox's filters, as query parameters. */
export const inboxFiltersQuery = z.object({
  view: z.enum(inboxViews, { error: "must be mine, unassigned or all" }).default("all"),
  status: z.enum(inboxStatuses, { error: "must be open or resolved" }).default("open"),
  channel: channelType.optional(),
  unseen: flag.optional(),
  q: text({ max: 100, trim: true }).optional(),
  assignee: objectId.optional(),
}) satisfies z.ZodType<InboxFilters, unknown>;

export const inboxQuery = inboxFiltersQuery.extend({
  cursor: text({ max: 200 }).optional(),
  limit: boundedInt(1, 100).default(50),
});

export const inboxCountsQuery = inboxFiltersQuery.omit({ view: true });
