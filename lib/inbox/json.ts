import "server-only";
import { z } from "zod";
import {
  conversationFields,
  conversationJsonSchema,
  labelsSql,
  snoozeJsonSchema,
  snoozeSql,
} from "@/lib/conversations/json";
import { asText, isoDate, jsonObject, nullWhen, sqlValue } from "@/lib/db/json-sql";
import { draftSql } from "@/lib/drafts/drafts";
import { Prisma } from "@/lib/generated/prisma/client";
import { labelRefJsonSchema } from "@/lib/labels/json";
import { messageJsonSchema } from "@/lib/messages/json";

// An inbox row: the conversation object, then a summary of its contact and a preview of its latest
// message, built by PostgreSQL like the conversation itself.

export const inboxRowJsonSchema = z.strictObject({
  ...conversationJsonSchema.omit({ labels: true, snooze: true }).shape,
  contact: z.strictObject({
    _id: z.string(),
    fullName: z.string(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
  }),
  preview: z
    .strictObject({
      ...messageJsonSchema.pick({ _id: true, body: true, isIncoming: true, senderType: true }).shape,
      automationName: z.string().nullable(),
      actions: z.array(z.string()),
      attachmentCount: z.number().int(),
      createdAt: messageJsonSchema.shape.createdAt,
    })
    .nullable(),
  /** The viewer's unsent reply, its first 200 characters (lib/drafts). */
  draft: z.string().nullable(),
  /** Its labels, by name (always, here: the row is ours). */
  labels: z.array(labelRefJsonSchema),
  /** While it is snoozed, until when (as in the conversation: only then). */
  snooze: snoozeJsonSchema.optional(),
});
export type InboxRowJson = z.infer<typeof inboxRowJsonSchema>;

/** For the conversation `c`, its contact `ct` and its latest message `p` (LEFT JOIN). */
export const inboxRowJson = (viewerId: string) => {
  const row = asText(
    jsonObject({
      ...conversationFields(viewerId),
      contact: jsonObject({
        _id: sqlValue("ct.id"),
        fullName: sqlValue(`ct."fullName"`),
        phone: sqlValue("ct.phone"),
        email: sqlValue("ct.email"),
      }),
      preview: nullWhen(
        "p.id IS NULL",
        jsonObject({
          _id: sqlValue("p.id"),
          body: sqlValue("p.body"),
          isIncoming: sqlValue(`p."isIncoming"`),
          senderType: sqlValue(`p."senderType"`),
          automationName: sqlValue(`p."automationName"`),
          actions: sqlValue("p.actions"),
          attachmentCount: Prisma.raw(
            `CASE WHEN jsonb_typeof(p.attachments) = 'array' THEN jsonb_array_length(p.attachments) ELSE 0 END`,
          ),
          createdAt: isoDate(`p."createdAt"`),
        }),
      ),
      draft: draftSql(viewerId),
      labels: Prisma.sql`COALESCE(${labelsSql}, '[]'::json)`,
    } satisfies Record<Exclude<keyof InboxRowJson, "resolvedBy" | "visitor" | "snooze">, Prisma.Sql>),
  );
  return Prisma.sql`(SELECT CASE WHEN c."isSnoozed" THEN left(own.r, -1) || ',"snooze":' || ${asText(snoozeSql)} || '}'
    ELSE own.r END FROM (SELECT ${row} AS r) own)`;
};
