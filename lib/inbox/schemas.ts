import { z } from "zod";
import {
  type InboxFilters,
  inboxSorts,
  inboxStatuses,
  inboxViews,
  MAX_FILTER_LABELS,
  MAX_ROW_IDS,
} from "@/lib/inbox/filters";
import { boundedInt, channelType, objectId, text } from "@/lib/schemas";

const flag = z
  .enum(["true", "false", "1", "0"], { error: "must be true or false" })
  .transform((v) => v === "true" || v === "1");

/** The inbox's filters, as query parameters. */
export const inboxFiltersQuery = z.object({
  view: z.enum(inboxViews, { error: "must be mine, unassigned or all" }).default("all"),
  status: z.enum(inboxStatuses, { error: "must be open, snoozed or resolved" }).default("open"),
  channel: channelType.optional(),
  unseen: flag.optional(),
  stalled: flag.optional(),
  q: text({ max: 100, trim: true }).optional(),
  assignee: objectId.optional(),
  /** `labels=a,b`: conversations with all of them. */
  labels: text({ max: 300 })
    .transform((value) => [...new Set(value.split(",").filter(Boolean))])
    .pipe(
      z
        .array(objectId)
        .min(1, "must name at least one label id")
        .max(MAX_FILTER_LABELS, `at most ${MAX_FILTER_LABELS} labels`),
    )
    .optional(),
  sort: z
    .enum(inboxSorts, { error: "must be newest or waiting" })
    .optional()
    .meta({ description: "waiting: only conversations whose contact waits for an answer, longest first." }),
}) satisfies z.ZodType<InboxFilters, unknown>;

/** `ids=a,b,c`: of these conversations, the ones in the list (a live client's changed rows). */
const rowIds = text({ max: 4096 })
  .transform((value) => [...new Set(value.split(",").filter(Boolean))])
  .pipe(
    z.array(objectId).min(1, "must name at least one conversation id").max(MAX_ROW_IDS, `at most ${MAX_ROW_IDS} ids`),
  );

export const inboxQuery = inboxFiltersQuery.extend({
  ids: rowIds.optional(),
  cursor: text({ max: 200 }).optional(),
  limit: boundedInt(1, 100).default(50),
});

export const inboxCountsQuery = inboxFiltersQuery.omit({ view: true });
