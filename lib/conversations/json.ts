import "server-only";
import { z } from "zod";
import { asText, isoDate, jsonArrayAgg, jsonObject, nullWhen, sqlValue } from "@/lib/db/json-sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { labelRefJsonSchema } from "@/lib/labels/json";
import { channelType, jsonDate as date, emailPerson, jsonId as id } from "@/lib/schemas";

// A conversation as the API sends it, in one implementation: built by PostgreSQL for reads and
// writes alike, and sent as the text it returns. The schema below is the same shape as a type (the
// client's) and as a check (the contract tests parse every answer with it); its keys are the
// SQL's keys in the same order, which tests/api/json-contract checks.

export const assigneeJsonSchema = z.strictObject({ _id: id, fullName: z.string(), email: z.string() });

const about = (description: string) => ({ description });

export const snoozeJsonSchema = z.strictObject({
  until: date.nullable().meta(about("When it comes back; null: when the contact writes.")),
});

export type SnoozeJson = z.infer<typeof snoozeJsonSchema>;

export const conversationJsonSchema = z.strictObject({
  _id: id,
  organizationId: id,
  userId: id.nullable().meta(about("The owner.")),
  assignees: z.array(assigneeJsonSchema).meta(about("In the order they were assigned.")),
  channelType,
  channelIdentifier: z.string().meta(about("The contact's address on that channel.")),
  latestMessage: id.nullable(),
  lastMessageTime: date.meta(about("Newest activity.")),
  isResolved: z.boolean(),
  resolvedAt: date.nullable(),
  subject: z.string().nullable(),
  provider: z.string().nullable(),
  emailAccountId: z.string().nullable(),
  participants: z
    .array(emailPerson)
    .nullable()
    .meta({ description: "Email: the people copied on the thread besides the contact; null elsewhere." }),
  isDraft: z.boolean(),
  messageCount: z.number().int(),
  contactId: id,
  process: id.nullable().meta(about("The process the AI follows in it.")),
  isAutopilot: z.boolean().meta(about("The AI answers on its own.")),
  source: z.string().nullable(),
  leadSource: z.string().nullable(),
  isUpdated: z
    .boolean()
    .meta(about("Unseen for you: you marked it unseen, or a message came in since you last opened it.")),
  createdAt: date,
  updatedAt: date.meta(about("Grows with every change, in commit order: of two copies, the later is newer.")),
  __v: z
    .number()
    .int()
    .meta(about("The version: grows by one on each change of assignees, resolution, process or autopilot.")),
  // Ours, not the reference's, as last keys only where they say something: who resolved a
  // resolved conversation, and a webchat visitor's page and browser (as the widget said them).
  resolvedBy: z.strictObject({ _id: id, fullName: z.string() }).optional(),
  visitor: z
    .strictObject({ url: z.string().optional(), title: z.string().optional(), browser: z.string().optional() })
    .optional(),
  labels: z
    .array(labelRefJsonSchema)
    .optional()
    .meta({ description: "Ours: its labels, by name; only when it has any." }),
  snooze: snoozeJsonSchema.optional().meta({ description: "Ours: only while it is snoozed." }),
});
export type ConversationJson = z.infer<typeof conversationJsonSchema>;

/** The resolve endpoint's answer (reference: "Toggle resolve conversation"). */
export const resolutionJsonSchema = conversationJsonSchema.pick({ _id: true, isResolved: true, resolvedAt: true });

/** Unseen for this viewer: marked unseen, or an incoming message since they last looked (or they
 *  never did). For the conversation aliased `c`; also the inbox's "unseen only" filter. */
export function isUpdatedSql(viewerId: string): Prisma.Sql {
  return Prisma.sql`COALESCE((
    SELECT s."markedUnseen" OR (c."lastIncomingAt" IS NOT NULL AND (s."seenAt" IS NULL OR s."seenAt" < c."lastIncomingAt"))
    FROM "ConversationSeen" s WHERE s."conversationId" = c.id AND s."userId" = ${viewerId}), c."lastIncomingAt" IS NOT NULL)`;
}

// Ties (assigned in one write) in a stable order.
const assigneesSql = Prisma.sql`(SELECT ${jsonArrayAgg(
  jsonObject({ _id: sqlValue("u.id"), fullName: sqlValue(`u."fullName"`), email: sqlValue("u.email") }),
  `a."createdAt", a."userId"`,
)} FROM "ConversationAssignee" a JOIN "User" u ON u.id = a."userId" WHERE a."conversationId" = c.id)`;

/** The labels of the conversation aliased `c`, by name: a JSON array (null when it has none). */
export const labelsSql = Prisma.sql`(SELECT json_agg(json_build_object('_id', l.id, 'name', l.name, 'color', l.color)
    ORDER BY lower(l.name), l.id)
  FROM "ConversationLabel" cl JOIN "Label" l ON l.id = cl."labelId" WHERE cl."conversationId" = c.id)`;

/** The fields of the conversation aliased `c` as `viewerId` sees them; the inbox row adds to them. */
export function conversationFields(viewerId: string) {
  return {
    _id: sqlValue("c.id"),
    organizationId: sqlValue(`c."organizationId"`),
    userId: sqlValue(`c."userId"`),
    assignees: assigneesSql,
    channelType: sqlValue(`c."channelType"`),
    channelIdentifier: sqlValue(`c."channelIdentifier"`),
    latestMessage: sqlValue(`c."latestMessageId"`),
    lastMessageTime: isoDate(`c."lastMessageTime"`),
    isResolved: sqlValue(`c."isResolved"`),
    resolvedAt: isoDate(`c."resolvedAt"`),
    subject: sqlValue("c.subject"),
    provider: sqlValue("c.provider"),
    emailAccountId: sqlValue(`c."emailAccountId"`),
    // Built in the schema's key order (jsonb keeps its own); anything but a list of people is none.
    participants: Prisma.sql`CASE WHEN jsonb_typeof(c.participants) = 'array' THEN (SELECT ${jsonArrayAgg(
      jsonObject({ email: sqlValue("p.value->>'email'"), name: sqlValue("p.value->>'name'") }),
      "p.i",
    )} FROM jsonb_array_elements(c.participants) WITH ORDINALITY p(value, i)) END`,
    isDraft: sqlValue(`c."isDraft"`),
    messageCount: sqlValue(`c."messageCount"`),
    contactId: sqlValue(`c."contactId"`),
    process: sqlValue("c.process"),
    isAutopilot: sqlValue(`c."isAutopilot"`),
    source: sqlValue("c.source"),
    leadSource: sqlValue(`c."leadSource"`),
    isUpdated: isUpdatedSql(viewerId),
    createdAt: isoDate(`c."createdAt"`),
    updatedAt: isoDate(`c."updatedAt"`),
    __v: sqlValue("c.version"),
  } satisfies Record<
    Exclude<keyof ConversationJson, "resolvedBy" | "visitor" | "labels" | "snooze" | "waitingSince">,
    Prisma.Sql
  >;
}

/** The snooze of the conversation aliased `c`: `{until}` while it is snoozed, else null. */
export const snoozeSql = nullWhen(`NOT c."isSnoozed"`, jsonObject({ until: isoDate(`c."snoozedUntil"`) }));

/** One of our keys after the reference's: present only `when` (SQL), its value as JSON text. */
export type OurKey = { key: string; when: string; value: Prisma.Sql };

/** Our snooze key, for the conversation aliased `c` (and its inbox row). */
export const snoozeKey: OurKey = { key: "snooze", when: `c."isSnoozed"`, value: asText(snoozeSql) };

/** A JSON object's text with our keys after its own, each only when it says something: without
 *  any, the text as it was (byte for byte). */
export function withOurKeys(object: Prisma.Sql, keys: OurKey[]): Prisma.Sql {
  const any = keys.map((k) => `(${k.when})`).join(" OR ");
  const tail = keys.map(
    (k) => Prisma.sql`CASE WHEN ${Prisma.raw(k.when)} THEN ${`,${JSON.stringify(k.key)}:`} || ${k.value} ELSE '' END`,
  );
  return Prisma.sql`CASE WHEN NOT (${Prisma.raw(any)}) THEN ${object}
    ELSE left(${object}, -1) || ${Prisma.join(tail, " || ")} || '}' END`;
}

/** The conversation aliased `c`, as `viewerId` sees it: JSON text. Our keys come last, only where
 *  they say something (every other conversation stays byte for byte the reference's). */
export const conversationJson = (viewerId: string) => {
  const reference = asText(jsonObject(conversationFields(viewerId)));
  // Its labels read once (null: none), for the test and for the key.
  return Prisma.sql`(SELECT ${withOurKeys(reference, [
    {
      key: "resolvedBy",
      when: `c."resolvedById" IS NOT NULL AND c."isResolved"`,
      value: Prisma.sql`COALESCE((SELECT json_build_object('_id', u.id, 'fullName', u."fullName")::text
        FROM "User" u WHERE u.id = c."resolvedById"), 'null')`,
    },
    { key: "visitor", when: `c."visitorContext" IS NOT NULL`, value: Prisma.sql`json_text(c."visitorContext")` },
    { key: "labels", when: "own.labels IS NOT NULL", value: Prisma.sql`own.labels::text` },
    snoozeKey,
  ])} FROM (SELECT ${labelsSql} AS labels) own)`;
};

/** The resolve endpoint's answer for the conversation aliased `c`: JSON text. */
export const resolutionJson = asText(
  jsonObject({
    _id: sqlValue("c.id"),
    isResolved: sqlValue(`c."isResolved"`),
    resolvedAt: isoDate(`c."resolvedAt"`),
  }),
);
