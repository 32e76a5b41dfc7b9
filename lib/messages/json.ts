import "server-only";
import { z } from "zod";
import { asText, isoDate, jsonArrayAgg, jsonObject, nullWhen, sqlValue } from "@/lib/db/json-sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { messageEmailSchema } from "@/lib/messages/schemas";
import { channelType, jsonId as id, jsonDate } from "@/lib/schemas";

// A message as the API sends it, in one implementation built by PostgreSQL (see
// lib/conversations/json.ts for why), and its shape as a schema for the client and the tests.

export const messageJsonSchema = z.strictObject({
  _id: id,
  isIncoming: z.boolean(),
  body: z.string(),
  channelType,
  channelIdentifier: z.string(),
  status: z.enum(["queued", "sent", "delivered", "read", "failed", "received"]),
  senderType: z
    .enum(["CONTACT", "USER", "AI", "SYSTEM"])
    .meta({ description: "SYSTEM: an automation's stamp (systemStamp says which fired and what it did)." }),
  userId: z.strictObject({ _id: id, fullName: z.string() }).nullable().meta({ description: "The person who sent it." }),
  contactId: id.nullable(),
  attachments: z.array(z.unknown()),
  // type and automationName only when set, as in the reference.
  systemStamp: z
    .strictObject({
      type: z.string().optional(),
      automationName: z.string().optional(),
      fieldsExtracted: z.array(z.string()),
      actions: z.array(z.string()),
    })
    .meta({ description: "One automation firing: its name, the fields it extracted, the actions it took." }),
  createdAt: jsonDate,
  // Ours, not the reference's, each only on the messages it describes: why the provider refused
  // the message; and that it was only recorded (the built-in provider: no channel was connected).
  failureReason: z.string().optional().meta({ description: "Ours: why the provider refused it (failed only)." }),
  recordedOnly: z
    .literal(true)
    .optional()
    .meta({ description: "Ours: no provider was connected; it was recorded, delivered nowhere." }),
  private: z
    .literal(true)
    .optional()
    .meta({ description: "Ours: a private note, seen only by the organization's people; never sent to the contact." }),
  mentions: z
    .array(z.strictObject({ _id: id, fullName: z.string() }))
    .optional()
    .meta({ description: "Ours, on notes only: the people the note mentions." }),
  automatic: z
    .literal(true)
    .optional()
    .meta({ description: "Ours: the contact's automatic message (an out-of-office reply); it reopened nothing." }),
  threadedBy: z.enum(["references", "token", "subject", "new"]).optional().meta({
    description:
      "Ours, on received emails only: how it joined its conversation (our Message-ID in its headers, the conversation's [#reference], the same contact's or a participant's open subject, or a new thread).",
  }),
  email: messageEmailSchema.optional(),
});
export type MessageJson = z.infer<typeof messageJsonSchema>;

// type and automationName only when set: the stamp's nulls are stripped (its arrays hold none).
const systemStamp = Prisma.sql`json_strip_nulls(${jsonObject({
  type: sqlValue(`m."stampType"`),
  automationName: sqlValue(`m."automationName"`),
  fieldsExtracted: sqlValue(`m."fieldsExtracted"`),
  actions: sqlValue("m.actions"),
})})`;

/** The message aliased `m`, with its sender `u` (LEFT JOIN "User" u ON u.id = m."userId"). */
const referenceJson = asText(
  jsonObject({
    _id: sqlValue("m.id"),
    isIncoming: sqlValue(`m."isIncoming"`),
    body: sqlValue("m.body"),
    channelType: sqlValue(`m."channelType"`),
    channelIdentifier: sqlValue(`m."channelIdentifier"`),
    status: sqlValue("m.status"),
    senderType: sqlValue(`m."senderType"`),
    userId: nullWhen("u.id IS NULL", jsonObject({ _id: sqlValue("u.id"), fullName: sqlValue(`u."fullName"`) })),
    contactId: sqlValue(`m."contactId"`),
    // Stored attachments that are not an array (older data) go out as none.
    attachments: Prisma.raw(
      `CASE WHEN jsonb_typeof(m.attachments) <> 'array' OR m.attachments = '[]'::jsonb THEN '[]'::json ELSE json_text(m.attachments)::json END`,
    ),
    systemStamp,
    createdAt: isoDate(`m."createdAt"`),
  } satisfies Record<
    Exclude<
      keyof MessageJson,
      "failureReason" | "recordedOnly" | "private" | "mentions" | "automatic" | "threadedBy" | "email"
    >,
    Prisma.Sql
  >),
);

/** A note's mentioned people, by name. */
const mentionsJson = Prisma.sql`(SELECT ${asText(
  jsonArrayAgg(jsonObject({ _id: sqlValue("p.id"), fullName: sqlValue(`p."fullName"`) }), `p."fullName", p.id`),
)} FROM "Mention" n JOIN "User" p ON p.id = n."userId" WHERE n."messageId" = m.id)`;

/** The reference's message, and our keys last, only on the messages they describe (every other
 *  message stays byte for byte the reference's). */
export const messageJson = Prisma.sql`CASE WHEN m."failureReason" IS NULL AND NOT m."recordedOnly" AND NOT m."isPrivate"
    AND m."threadedBy" IS NULL AND NOT m."isAutomatic" AND m.email IS NULL THEN ${referenceJson}
  ELSE left(${referenceJson}, -1)
    || CASE WHEN m."failureReason" IS NULL THEN '' ELSE ',"failureReason":' || to_json(m."failureReason")::text END
    || CASE WHEN m."recordedOnly" THEN ',"recordedOnly":true' ELSE '' END
    || CASE WHEN m."isPrivate" THEN ',"private":true,"mentions":' || ${mentionsJson} ELSE '' END
    || CASE WHEN m."isAutomatic" THEN ',"automatic":true' ELSE '' END
    || CASE WHEN m."threadedBy" IS NULL THEN '' ELSE ',"threadedBy":' || to_json(m."threadedBy")::text END
    || CASE WHEN m.email IS NULL THEN '' ELSE ',"email":' || m.email::text END || '}' END`;

/**
 * About how many bytes messageJson makes of the message `m`, from stored sizes, without building
 * it: what the byte cap of an answer counts. The fixed part (ids, flags, dates, keys) is under 400
 * bytes; escaping can make a body's JSON somewhat longer than the body.
 */
export const messageJsonBytes = Prisma.sql`(octet_length(m.body) + octet_length(m.attachments::text) + COALESCE(octet_length(m.email::text), 0) + 400)`;
