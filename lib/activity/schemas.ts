import { z } from "zod";
import { snoozeLabel } from "@/lib/conversations/snooze-times";
import { boundedInt, jsonDate, jsonId } from "@/lib/schemas";

// A conversation's activity trail as the API sends it. Pure: the timeline imports it.

export const activityKinds = [
  "assigned",
  "unassigned",
  "resolved",
  "reopened",
  "snoozed",
  "woken",
  "autopilot.on",
  "autopilot.off",
  "note.added",
  "note.deleted",
] as const;
export type ActivityKind = (typeof activityKinds)[number];

const person = z.strictObject({ _id: jsonId, fullName: z.string() }).nullable();

export const activityJsonSchema = z.strictObject({
  _id: z.string().meta({ description: "Grows with time: a later step has a larger one." }),
  kind: z.enum(activityKinds),
  actor: person.meta({ description: "Who did it; null for the contact, the autopilot or an automation." }),
  automation: z
    .strictObject({ _id: jsonId, name: z.string() })
    .nullable()
    .meta({ description: "The automation that did it (null if it was since deleted, or none did)." }),
  subject: person.meta({
    description: "Whom it was done to: the person assigned or unassigned, a deleted note's writer.",
  }),
  detail: z.record(z.string(), z.unknown()).meta({ description: "snoozed: `until` (null: until the contact writes)." }),
  createdAt: jsonDate,
});
export type ActivityJson = z.infer<typeof activityJsonSchema>;

export const activityQuery = z.strictObject({
  cursor: z
    .string()
    .regex(/^\d{1,19}$/, "not a cursor this endpoint returned")
    .optional()
    .meta({ description: "The `nextCursor` of the previous page." }),
  limit: boundedInt(1, 200).default(100),
});

export const activityPageSchema = z.strictObject({
  activity: z.array(activityJsonSchema),
  nextCursor: z.string().nullable(),
});
export type ActivityPage = z.infer<typeof activityPageSchema>;

/** One step as a line a person reads: "Ada assigned Sam", "Resolved automatically" (you as you;
 *  a snooze's time in `timeZone`). */
export function activityLine(step: ActivityJson, viewerId?: string, timeZone = "UTC"): string {
  const who = (p: { _id: string; fullName: string } | null) =>
    p && p._id === viewerId ? "you" : (p?.fullName ?? "someone");
  const actor = step.actor ? (step.actor._id === viewerId ? "You" : step.actor.fullName) : null;
  const by = actor ?? (step.automation ? `Automation “${step.automation.name}”` : null);
  const subject = who(step.subject);
  switch (step.kind) {
    case "assigned":
      return by
        ? step.actor && step.actor._id === step.subject?._id
          ? `${by} took it`
          : `${by} assigned ${subject}`
        : `Assigned to ${subject}`;
    case "unassigned":
      return by ? `${by} unassigned ${subject}` : `${subject[0]?.toUpperCase()}${subject.slice(1)} unassigned`;
    case "resolved":
      return by ? `${by} resolved it` : "Resolved automatically";
    case "reopened":
      return by ? `${by} reopened it` : "Reopened by a message from the contact";
    case "snoozed": {
      const until = typeof step.detail.until === "string" ? step.detail.until : null;
      return `${by ? `${by} snoozed it` : "Snoozed"} ${snoozeLabel(until, timeZone)}`;
    }
    case "woken":
      return by ? `${by} woke it` : "Woke up";
    case "autopilot.on":
      return by ? `${by} turned the autopilot on` : "Autopilot turned on";
    case "autopilot.off":
      return by ? `${by} turned the autopilot off` : "The autopilot handed it to a person";
    case "note.added":
      return `${by ?? "Someone"} added a note`;
    case "note.deleted":
      return `${by ?? "Someone"} deleted a note${step.subject && step.subject._id !== step.actor?._id ? ` by ${subject}` : ""}`;
  }
}
