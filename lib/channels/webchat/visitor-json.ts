import "server-only";
import { z } from "zod";
import { asText, isoDate, jsonObject, sqlValue } from "@/lib/db/json-sql";
import { Prisma } from "@/lib/generated/prisma/client";

// A message as a webchat visitor sees it: what was said, by whom (an agent by name only, never an
// email or an id), its images, and for the visitor's own messages whether an agent has seen it.
// Never a system stamp, a draft, an assignee or anything else internal: the visitor endpoints read
// only through this shape (and the rule of which messages, `visibleToVisitorSql`).

export const visitorMessageSchema = z.strictObject({
  id: z.string(),
  body: z.string(),
  from: z.enum(["visitor", "agent", "assistant"]),
  agent: z.strictObject({ name: z.string() }).nullable(),
  attachments: z.array(
    z.strictObject({ id: z.string(), name: z.string(), contentType: z.string(), size: z.number().int() }),
  ),
  createdAt: z.iso.datetime({ precision: 3 }),
  /** The visitor's own messages: "seen" once an agent has read the conversation since. */
  status: z.enum(["sent", "seen"]).nullable(),
});
export type VisitorMessage = z.infer<typeof visitorMessageSchema>;

/** Which messages of the conversation a visitor sees: theirs, and replies once on their way to
 *  them (not queued, not failed). Notes and system stamps, never. */
export const visibleToVisitorSql = Prisma.sql`NOT m."isPrivate" AND (m."senderType" = 'CONTACT'
  OR (m."senderType" IN ('USER', 'AI') AND m.status IN ('sent', 'delivered', 'read')))`;

/** When an agent last read the conversation aliased `c` (null: none has). */
export const seenUntilSql = Prisma.sql`(SELECT max(s."seenAt") FROM "ConversationSeen" s
  WHERE s."conversationId" = c.id AND NOT s."markedUnseen")`;

const attachments = Prisma.sql`COALESCE((SELECT json_agg(json_build_object('id', a->>'upload', 'name', a->>'name',
    'contentType', a->>'contentType', 'size', (a->>'size')::int) ORDER BY n)
  FROM jsonb_array_elements(CASE WHEN jsonb_typeof(m.attachments) = 'array' THEN m.attachments ELSE '[]' END)
    WITH ORDINALITY AS t(a, n)
  WHERE a ? 'upload'), '[]'::json)`;

/** The message aliased `m`, its sender `u` (LEFT JOIN), with `seen_until` in scope: JSON text. */
export const visitorMessageJson = asText(
  jsonObject({
    id: sqlValue("m.id"),
    body: sqlValue("m.body"),
    from: sqlValue(`CASE m."senderType" WHEN 'CONTACT' THEN 'visitor' WHEN 'AI' THEN 'assistant' ELSE 'agent' END`),
    agent: sqlValue(
      `CASE WHEN m."senderType" = 'USER' AND u.id IS NOT NULL THEN json_build_object('name', u."fullName") END`,
    ),
    attachments,
    createdAt: isoDate(`m."createdAt"`),
    status: sqlValue(
      `CASE WHEN m."isIncoming" THEN CASE WHEN m."createdAt" <= seen_until THEN 'seen' ELSE 'sent' END END`,
    ),
  } satisfies Record<keyof VisitorMessage, Prisma.Sql>),
);
