import isSafeRegex from "safe-regex2";
import { z } from "zod";
import { processField } from "@/lib/ai/schemas";
import { businessHours } from "@/lib/business-hours";
import { attributeName } from "@/lib/contacts/schemas";
import { channelType, objectId, strictBoolean, text } from "@/lib/schemas";

// An automation rule as managers write it: an event, conditions (all or any), actions. Strict
// bodies, every text bounded; shared by the routes, the engine and the editor (pure).

/** What a rule listens for. The time-based ones fire `delaySeconds` after the message that began
 *  the silence, if it is still unbroken then. */
export const automationEvents = {
  "message.received": "a message is received",
  "message.sent": "we send a reply",
  "conversation.created": "a conversation is created",
  "conversation.assigned": "a conversation is assigned",
  "conversation.resolved": "a conversation is resolved",
  "conversation.reopened": "a conversation is reopened",
  "time.no_reply_from_us": "the contact has waited for our reply",
  "time.no_reply_from_contact": "the contact has not answered us",
} as const;
export type AutomationEvent = keyof typeof automationEvents;
export const eventNames = Object.keys(automationEvents) as AutomationEvent[];
export const isTimed = (event: AutomationEvent) => event.startsWith("time.");

/** Longest delay a time-based rule may wait: 30 days. */
export const MAX_DELAY_SECONDS = 30 * 24 * 3600;

/** How many automations in a row may act on a conversation (the reference's maxTransitions):
 *  the next is not run, and a stamp says so. */
export const MAX_CHAIN = 5;

const id = objectId;

/** A pattern a manager writes for "text matches": compiled, and refused when it could take
 *  exponential time on a contact's text (nested repetition), since contacts write that text. */
const pattern = text({ min: 1, max: 200 }).superRefine((value, context) => {
  try {
    new RegExp(value, "iu");
  } catch {
    context.addIssue({ code: "custom", message: "is not a valid regular expression" });
    return;
  }
  if (!isSafeRegex(value))
    context.addIssue({ code: "custom", message: "could take too long on some texts: avoid nested repetition" });
});

export const condition = z.discriminatedUnion(
  "field",
  [
    z.strictObject({
      field: z.literal("channel"),
      operator: z.enum(["is", "is_not"]),
      value: z.array(channelType).min(1, "choose at least one channel").max(4),
    }),
    // Zod takes a union of one field's variants as one option of the outer union.
    z.discriminatedUnion("operator", [
      z.strictObject({
        field: z.literal("text"),
        operator: z.enum(["contains", "not_contains"]),
        value: text({ min: 1, max: 200 }),
      }),
      z.strictObject({ field: z.literal("text"), operator: z.literal("matches"), value: pattern }),
    ]),
    z.strictObject({
      field: z.literal("attribute"),
      name: attributeName,
      operator: z.enum(["is", "is_not", "contains", "is_set", "is_not_set"]),
      value: text({ max: 200 }).default(""),
    }),
    z.discriminatedUnion("operator", [
      z.strictObject({ field: z.literal("assignee"), operator: z.literal("none") }),
      z.strictObject({ field: z.literal("assignee"), operator: z.enum(["is", "is_not"]), userId: id }),
    ]),
    z.strictObject({ field: z.literal("autopilot"), operator: z.enum(["on", "off"]) }),
    z.strictObject({ field: z.literal("label"), operator: z.enum(["has", "has_not"]), labelId: id }),
    z.strictObject({
      field: z.literal("business_hours"),
      operator: z.enum(["inside", "outside"]),
      hours: businessHours,
    }),
  ],
  { error: "must be a condition: field channel, text, attribute, assignee, autopilot, label or business_hours" },
);
export type Condition = z.output<typeof condition>;

export const action = z.discriminatedUnion(
  "type",
  [
    z.discriminatedUnion("mode", [
      z.strictObject({ type: z.literal("assign"), mode: z.literal("person"), userId: id }),
      // Among these people, or (none given) every active agent.
      z.strictObject({
        type: z.literal("assign"),
        mode: z.enum(["round_robin", "least_busy"]),
        userIds: z.array(id).max(100).default([]),
      }),
    ]),
    z.strictObject({ type: z.literal("reply"), template: text({ min: 1, max: 1600 }) }),
    z.strictObject({ type: z.literal("resolve") }),
    z.strictObject({ type: z.literal("label"), labelId: id }),
    z.strictObject({ type: z.literal("autopilot_on"), processId: id }),
    z.strictObject({ type: z.literal("autopilot_off") }),
    z.strictObject({
      type: z.literal("extract"),
      fields: z.array(processField).min(1, "name at least one field").max(30),
    }),
    z.strictObject({
      type: z.literal("webhook"),
      url: text({ min: 1, max: 500, trim: true }).refine((value) => {
        try {
          const url = new URL(value);
          return (url.protocol === "https:" || url.protocol === "http:") && !url.username && !url.password;
        } catch {
          return false;
        }
      }, "must be an http(s) URL with no user or password in it"),
    }),
  ],
  { error: "must be an action: type assign, reply, resolve, label, autopilot_on, autopilot_off, extract or webhook" },
);
export type Action = z.output<typeof action>;

/** The name each action has in a stamp's `actions`. */
export const stampName = (a: Action) => (a.type === "extract" ? "extract_fields" : a.type);

const ruleShape = {
  name: text({ min: 1, max: 100, trim: true }),
  enabled: strictBoolean.default(true),
  event: z.enum(eventNames, { error: `must be one of ${eventNames.join(", ")}` }),
  delaySeconds: z
    .number({ error: "must be a number of seconds" })
    .int("must be a whole number of seconds")
    .min(1, "must be at least 1 second")
    .max(MAX_DELAY_SECONDS, "at most 30 days")
    .nullable()
    .optional(),
  match: z.enum(["all", "any"]).default("all"),
  conditions: z
    .array(condition, { error: "must be an array of conditions" })
    .max(20, "at most 20 conditions")
    .default([]),
  actions: z
    .array(action, { error: "must be an array of actions" })
    .min(1, "add at least one action")
    .max(10, "at most 10 actions"),
};

function checkRule(
  rule: { event?: AutomationEvent; delaySeconds?: number | null; actions?: Action[] },
  context: z.RefinementCtx,
) {
  if (rule.event && isTimed(rule.event) && !rule.delaySeconds)
    context.addIssue({ code: "custom", path: ["delaySeconds"], message: "say how long to wait" });
  if (rule.event && !isTimed(rule.event) && rule.delaySeconds)
    context.addIssue({ code: "custom", path: ["delaySeconds"], message: "only time-based events wait" });
  const types = (rule.actions ?? []).map((a) => (a.type === "autopilot_off" ? "autopilot_on" : a.type));
  const twice = types.find((type, index) => types.indexOf(type) !== index);
  if (twice)
    context.addIssue({ code: "custom", path: ["actions"], message: `${twice.replace("_on", "")} appears twice` });
}

export const automationInput = z
  .strictObject(ruleShape, { error: "Request body must be a JSON object" })
  .superRefine(checkRule);
export type AutomationInput = z.output<typeof automationInput>;

export const updateAutomationInput = z
  .strictObject(
    Object.fromEntries(Object.entries(ruleShape).map(([key, schema]) => [key, schema.optional()])) as {
      [K in keyof typeof ruleShape]: z.ZodOptional<(typeof ruleShape)[K]>;
    },
    { error: "Request body must be a JSON object" },
  )
  .refine((value) => Object.keys(value).length > 0, "Send at least one field to change");

/** Try a rule (saved or as the editor has it) on a conversation: what would fire, changing nothing. */
export const tryAutomationInput = z.strictObject(
  {
    conversationId: id,
    // As the editor has it: a name is not needed to try it.
    rule: z
      .strictObject({ ...ruleShape, name: ruleShape.name.optional(), enabled: ruleShape.enabled.optional() })
      .superRefine(checkRule),
  },
  { error: "Request body must be a JSON object" },
);
