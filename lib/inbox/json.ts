import "server-only";
import { z } from "zod";
import {
  conversationFields,
  conversationJsonSchema,
  labelsSql,
  type OurKey,
  snoozeKey,
  withOurKeys,
} from "@/lib/conversations/json";
import { asText, isoDate, jsonObject, nullWhen, sqlValue } from "@/lib/db/json-sql";
import { draftSql } from "@/lib/drafts/drafts";
import { Prisma } from "@/lib/generated/prisma/client";
import { labelRefJsonSchema } from "@/lib/labels/json";
import { messageJsonSchema } from "@/lib/messages/json";
import { jsonDate } from "@/lib/schemas";

// An inbox row: the conversation object, then a summary of its contact and a preview of its latest
// message, built by PostgreSQL like the conversation itself.

/** Where a search found the row's conversation in its messages: the newest message holding the
 *  words, a snippet of it around them, and the runs of the snippet to highlight. */
export const inboxMatchJsonSchema = z
  .strictObject({
    messageId: z.string(),
    createdAt: jsonDate,
    snippet: z.string(),
    highlights: z
      .array(z.tuple([z.number().int().min(0), z.number().int().min(0)]))
      .meta({ description: "[start, end) of each highlighted run of `snippet`, in UTF-16 code units." }),
  })
  .meta({ description: "Only in a search (`q`), on rows found by words in their messages." });
export type InboxMatchJson = z.infer<typeof inboxMatchJsonSchema>;

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
  /** As in the conversation: only while it is snoozed. */
  snooze: conversationJsonSchema.shape.snooze,
  /** Since when the contact has waited for an answer: only while they wait (lib/messages/append.ts). */
  waitingSince: jsonDate
    .optional()
    .meta({ description: "Since when the contact has waited for an answer; only while they wait." }),
  match: inboxMatchJsonSchema.optional(),
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
    } satisfies Record<
      Exclude<keyof InboxRowJson, "resolvedBy" | "visitor" | "snooze" | "waitingSince" | "match">,
      Prisma.Sql
    >),
  );
  const waiting: OurKey = {
    key: "waitingSince",
    when: `c."waitingSince" IS NOT NULL`,
    value: Prisma.sql`to_json(${isoDate(`c."waitingSince"`)})::text`,
  };
  return Prisma.sql`(SELECT ${withOurKeys(Prisma.sql`own.r`, [snoozeKey, waiting])} FROM (SELECT ${row} AS r) own)`;
};
