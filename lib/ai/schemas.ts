import { z } from "zod";
import { businessHours } from "@/lib/business-hours";
import { attributeName, attributeValue } from "@/lib/contacts/schemas";
import { objectId, strictBoolean, text } from "@/lib/schemas";

// What admins and managers send to set up the model and its processes: strict bodies (an unknown
// field is a 400 naming it), every text bounded. Shared by the routes and the settings forms.

const error = "Request body must be a JSON object";

const httpUrl = text({ min: 1, max: 500, trim: true }).refine((value) => {
  try {
    const url = new URL(value);
    return (url.protocol === "https:" || url.protocol === "http:") && !url.username && !url.password;
  } catch {
    return false;
  }
}, "must be an http(s) URL such as https://api.openai.com/v1 or http://localhost:11434/v1");

const modelName = text({ min: 1, max: 200, trim: true });

/** The organization's model provider. The API key is write-only: `null` removes it, absent keeps it. */
export const modelProviderInput = z.strictObject(
  {
    baseUrl: httpUrl,
    model: modelName,
    apiKey: text({ min: 1, max: 500, trim: true }).nullable().optional(),
    dailyTokenBudget: z
      .number({ error: "must be a whole number of tokens, or null for no limit" })
      .int("must be a whole number of tokens")
      .min(1000, "must be at least 1,000 tokens")
      .max(1_000_000_000, "at most 1,000,000,000 tokens")
      .nullable()
      .optional(),
  },
  { error },
);
export type ModelProviderInput = z.output<typeof modelProviderInput>;

/** What a process may do; the model is offered a tool for each (lib/ai/tools.ts). */
export const processActions = ["reply", "extract", "handoff", "resolve"] as const;
export type ProcessAction = (typeof processActions)[number];

export const fieldTypes = ["text", "number", "boolean", "date"] as const;
export type FieldType = (typeof fieldTypes)[number];

export const processField = z.strictObject({
  name: attributeName,
  type: z.enum(fieldTypes, { error: `must be one of ${fieldTypes.join(", ")}` }),
  description: text({ max: 300, trim: true }).default(""),
});
export type ProcessField = z.output<typeof processField>;

/** When a process answers: inside or outside the business hours given. */
export const activeHours = z.strictObject({
  mode: z.enum(["inside", "outside"], { error: "must be inside or outside" }),
  hours: businessHours,
});

const processShape = {
  name: text({ min: 1, max: 100, trim: true }),
  instructions: text({ min: 1, max: 20_000, trim: true }),
  model: modelName.nullable().optional(),
  fields: z
    .array(processField, { error: "must be an array of { name, type, description }" })
    .max(30, "at most 30 fields")
    .refine((fields) => new Set(fields.map((f) => f.name)).size === fields.length, "each field's name only once")
    .optional(),
  actions: z
    .array(z.enum(processActions, { error: `must be one of ${processActions.join(", ")}` }), {
      error: "must be an array of actions",
    })
    .max(processActions.length)
    .transform((actions) => [...new Set(actions)])
    .optional(),
  replyDelaySeconds: z
    .number({ error: "must be a number of seconds" })
    .int("must be a whole number of seconds")
    .min(0, "must be 0 or more")
    .max(3600, "at most 3600 seconds")
    .optional(),
  handoffKeywords: z
    .array(text({ min: 1, max: 60, trim: true }), { error: "must be an array of words" })
    .max(50, "at most 50 keywords")
    .optional(),
  maxTurns: z
    .number({ error: "must be a number of replies" })
    .int("must be a whole number")
    .min(1, "must be at least 1")
    .max(500, "at most 500")
    .optional(),
  handoffUserId: objectId.nullable().optional(),
  activeHours: activeHours.nullable().optional(),
};

export type ActiveHours = z.output<typeof activeHours>;

export const createProcessInput = z.strictObject(processShape, { error });
export type CreateProcessInput = z.output<typeof createProcessInput>;

export const updateProcessInput = z
  .strictObject(processShape, { error })
  .partial()
  .refine((change) => Object.keys(change).length > 0, "Send at least one field to change");
export type UpdateProcessInput = z.output<typeof updateProcessInput>;

/** The reference's `POST /api/ai/process`: a reply generated from the conversation, not sent. */
export const generateReplyInput = z.object(
  {
    conversationId: objectId,
    // Ours: another of the organization's processes than the conversation's (Suggest reply).
    processId: objectId.optional(),
    mergeContextPrompt: text({ max: 4000, trim: true }).optional(),
  },
  { error },
);

export const autopilotChange = { isAutopilot: strictBoolean.optional(), process: objectId.nullable().optional() };

const leadSourceShape = {
  name: text({ min: 1, max: 100, trim: true }),
  processId: objectId.nullable().optional(),
  isAutopilot: strictBoolean.optional(),
  starterMessage: text({ min: 1, max: 1600, trim: true }),
};

/** A lead source (managers and admins): the reference's lead-routing configuration. */
export const createLeadSourceInput = z.strictObject(leadSourceShape, { error });
export type CreateLeadSourceInput = z.output<typeof createLeadSourceInput>;

export const updateLeadSourceInput = z
  .strictObject(leadSourceShape, { error })
  .partial()
  .refine((change) => Object.keys(change).length > 0, "Send at least one field to change");
export type UpdateLeadSourceInput = z.output<typeof updateLeadSourceInput>;

/**
 * A lead, as a form or a CRM posts it (the reference's outreach webhook): the source's id as
 * `configurationId`, the lead's phone, name and email, and any other field as an attribute of the
 * contact (`…customData`). `Idempotency-Key` (or `idempotencyKey`) makes a retry take nothing twice.
 */
export const leadInput = z
  .looseObject(
    {
      configurationId: objectId,
      phoneNumber: z
        .string({ error: (issue) => (issue.input === undefined ? "is required" : "must be a string") })
        .trim()
        .regex(/^\+[1-9]\d{6,14}$/, "must be a phone number in international form, such as +15551234567"),
      firstName: text({ max: 100, trim: true }).optional(),
      lastName: text({ max: 100, trim: true }).optional(),
      email: z.email("must be an email address").max(320).optional(),
      idempotencyKey: text({ min: 1, max: 200, trim: true }).optional(),
    },
    { error },
  )
  .transform((lead, context) => {
    const known = new Set(["configurationId", "phoneNumber", "firstName", "lastName", "email", "idempotencyKey"]);
    const extra = Object.entries(lead).filter(([key]) => !known.has(key));
    if (extra.length > 30) {
      context.addIssue({ code: "custom", message: "at most 30 other fields", path: [] });
      return z.NEVER;
    }
    const attributes: Record<string, string | number | boolean> = {};
    for (const [key, value] of extra) {
      const name = attributeName.safeParse(key);
      const parsed = attributeValue.safeParse(value);
      if (!name.success)
        context.addIssue({ code: "custom", message: name.error.issues[0]?.message ?? "", path: [key] });
      else if (!parsed.success)
        context.addIssue({ code: "custom", message: parsed.error.issues[0]?.message ?? "", path: [key] });
      else attributes[key] = parsed.data;
    }
    return {
      sourceId: lead.configurationId,
      phone: lead.phoneNumber,
      firstName: lead.firstName,
      lastName: lead.lastName,
      email: lead.email,
      idempotencyKey: lead.idempotencyKey,
      attributes,
    };
  });
export type LeadInput = z.output<typeof leadInput>;
