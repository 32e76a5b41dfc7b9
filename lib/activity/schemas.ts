import { z } from "zod";
import { snoozeLabel } from "@/lib/conversations/snooze-times";
import { boundedInt, jsonDate, jsonId, objectId } from "@/lib/schemas";

// The activity trail of a conversation and the organization's audit log, as the API sends them, and
// each step as a line a person reads. Pure: the timeline and the audit page import it.

/** The steps of a conversation's trail. */
export const trailKinds = [
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

/** The audit log's groups of steps (it holds the trails' steps too, as "conversations"). */
export const auditGroups = {
  "sign-ins": ["sign-in", "sign-in.failed"],
  people: [
    "person.joined",
    "person.role",
    "person.deactivated",
    "person.reactivated",
    "invitation.sent",
    "invitation.withdrawn",
  ],
  channels: ["channel.connected", "channel.changed", "channel.disabled", "channel.enabled", "channel.removed"],
  tokens: ["token.created", "token.revoked"],
  conversations: ["conversation.deleted", ...trailKinds],
} as const;
export type AuditGroup = keyof typeof auditGroups;
export const auditGroupNames = Object.keys(auditGroups) as AuditGroup[];

export const activityKinds = [...new Set(Object.values(auditGroups).flat())] as [ActivityKind, ...ActivityKind[]];
export type ActivityKind = (typeof auditGroups)[AuditGroup][number];

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

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export const auditQuery = z.strictObject({
  group: z.enum(auditGroupNames).optional().meta({ description: "Only one group of steps; without it, all." }),
  actor: objectId.optional().meta({ description: "Only what this person did." }),
  from: z
    .string()
    .regex(DATE, "a date as YYYY-MM-DD")
    .optional()
    .meta({ description: "From this day (the organization's time zone)." }),
  to: z.string().regex(DATE, "a date as YYYY-MM-DD").optional().meta({ description: "To this day, included." }),
  cursor: activityQuery.shape.cursor,
  limit: boundedInt(1, 200).default(50),
  format: z.enum(["json", "csv"]).default("json").meta({ description: "csv: every step that matches, as a download." }),
});
export type AuditQuery = z.output<typeof auditQuery>;

export const auditEntrySchema = activityJsonSchema.extend({
  conversationId: jsonId.nullable().meta({ description: "The conversation it happened in, if any (it may be gone)." }),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditPageSchema = z.strictObject({
  entries: z.array(auditEntrySchema),
  nextCursor: z.string().nullable(),
});
export type AuditPage = z.infer<typeof auditPageSchema>;

/** One step as a line a person reads: "Ada assigned Sam", "Resolved automatically" (you as you;
 *  a snooze's time in `timeZone`). */
export function activityLine(step: ActivityJson, viewerId?: string, timeZone = "UTC"): string {
  const line = lineOf(step, viewerId, timeZone);
  return line.charAt(0).toUpperCase() + line.slice(1);
}

function lineOf(step: ActivityJson, viewerId: string | undefined, timeZone: string): string {
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
      return by ? `${by} unassigned ${subject}` : `Unassigned ${subject}`;
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
    default:
      return auditLine(step, by ?? "Someone", subject);
  }
}

const text = (value: unknown) => (typeof value === "string" ? value : "?");
const role = (value: unknown) => text(value).toLowerCase();

/** The audit log's own steps (people, channels, tokens, sign-ins, deletions). */
function auditLine(step: ActivityJson, by: string, subject: string): string {
  const d = step.detail;
  const channel = `${text(d.provider)} “${text(d.name)}”`;
  switch (step.kind) {
    case "sign-in":
      return `${subject} signed in`;
    case "sign-in.failed":
      return `A sign-in to ${subject}'s account failed`;
    case "person.joined":
      return `${subject} joined as ${role(d.role)}`;
    case "person.role":
      return `${by} changed ${subject}'s role from ${role(d.from)} to ${role(d.to)}`;
    case "person.deactivated":
      return `${by} deactivated ${subject}`;
    case "person.reactivated":
      return `${by} reactivated ${subject}`;
    case "invitation.sent":
      return `${by} invited ${text(d.email)} as ${role(d.role)}`;
    case "invitation.withdrawn":
      return `${by} withdrew the invitation of ${text(d.email)}`;
    case "channel.connected":
      return `${by} connected ${channel}`;
    case "channel.changed":
      return `${by} changed ${channel}`;
    case "channel.disabled":
      return `${by} disabled ${channel}`;
    case "channel.enabled":
      return `${by} enabled ${channel}`;
    case "channel.removed":
      return `${by} removed ${channel}`;
    case "token.created":
      return `${by} created the API token “${text(d.name)}”`;
    case "token.revoked":
      return `${by} revoked the API token “${text(d.name)}”${step.subject && step.subject._id !== step.actor?._id ? ` of ${subject}` : ""}`;
    case "conversation.deleted":
      return `${by} deleted the conversation with ${text(d.contact)}`;
    default:
      return step.kind;
  }
}
