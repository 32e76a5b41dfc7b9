import { z } from "zod";
import { channelType, objectId } from "@/lib/schemas";

// Reports: what the API takes and answers, and what the browser draws. Pure, so the page imports it.

export const reportDimensions = ["day", "channel", "agent", "label"] as const;
export type ReportDimension = (typeof reportDimensions)[number];

/** The longest period a report covers. */
export const MAX_REPORT_DAYS = 366;

const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** A calendar date, read in the organization's time zone. */
const localDate = z
  .string()
  .regex(DAY, "must be a date like 2026-03-31")
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, "must be a real date");

/** Days from `from` to `to`, both included (dates as YYYY-MM-DD). */
export const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;

/** The date `days` after `day` (before, when negative). */
export const shiftDate = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Every date from `from` to `to`, both included. */
export const datesOf = (from: string, to: string): string[] =>
  Array.from({ length: Math.max(0, daysBetween(from, to)) }, (_, i) => shiftDate(from, i));

const period = {
  from: localDate.meta({ description: "First day, in the organization's time zone." }),
  to: localDate.meta({ description: "Last day, included." }),
};
const withinLimits = <T extends { from: string; to: string }>(schema: z.ZodType<T>) =>
  schema
    .refine((p) => p.from <= p.to, { path: ["to"], message: "must not be before from" })
    .refine((p) => daysBetween(p.from, p.to) <= MAX_REPORT_DAYS, {
      path: ["to"],
      message: `a report covers at most ${MAX_REPORT_DAYS} days`,
    });

export const reportQuery = withinLimits(
  z.strictObject({
    ...period,
    by: z.enum(reportDimensions, { error: "must be day, channel, agent or label" }).default("day"),
    format: z.enum(["json", "csv"], { error: "must be json or csv" }).default("json"),
  }),
);
export type ReportQuery = z.infer<typeof reportQuery>;

/** The conversations behind a report (or one of its rows): always CSV. */
export const reportConversationsQuery = withinLimits(
  z.strictObject({
    ...period,
    channel: channelType.optional(),
    agent: objectId.optional().meta({ description: "Only those assigned to this person." }),
    label: objectId.optional().meta({ description: "Only those with this label." }),
  }),
);
export type ReportConversationsQuery = z.infer<typeof reportConversationsQuery>;

const durations = z
  .strictObject({
    count: z.number().int(),
    median: z.number().nullable(),
    p90: z.number().nullable(),
  })
  .meta({ description: "Seconds: how many were measured, their median and 90th percentile (null when none)." });

const figures = {
  opened: z.number().int().meta({ description: "Conversations opened in the period." }),
  resolved: z.number().int().meta({ description: "Conversations resolved in the period (and not reopened since)." }),
  firstResponse: durations.meta({
    description: "Of those opened: from the contact's first message to our first answer after it.",
  }),
  resolution: durations.meta({ description: "Of those resolved: from opening to resolution." }),
};

export const reportJsonSchema = z.strictObject({
  timeZone: z.string(),
  from: z.string(),
  to: z.string(),
  by: z.enum(reportDimensions),
  totals: z.strictObject(figures),
  rows: z.array(
    z.strictObject({
      key: z
        .string()
        .nullable()
        .meta({ description: "The day, channel, person's id or label's id; null: unassigned, or no label." }),
      name: z.string(),
      ...figures,
    }),
  ),
});
export type ReportJson = z.infer<typeof reportJsonSchema>;
