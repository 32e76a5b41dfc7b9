import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

// The read endpoints' JSON, built by PostgreSQL: each row comes back as the JSON text of one
// serialized object and goes out without being parsed into rows and serialized again, which was
// most of a read's cost in the app (Prisma's result mapping, Dates, our serializers, GC).
// Each builder here is the SQL twin of a serializer in this folder; tests/api/sql-serializers
// checks that both produce the same JSON for every row of varied data.

/** A timestamptz as JavaScript's Date#toJSON writes it: UTC, milliseconds, "Z". */
const iso = (column: string) => Prisma.raw(`to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`);

/** serializeConversation, for the conversation aliased `c`, as seen by `viewerId`. */
export function conversationJson(viewerId: string): Prisma.Sql {
  return Prisma.sql`json_build_object(
    '_id', c.id, 'organizationId', c."organizationId", 'userId', c."userId",
    'assignees', COALESCE((
      SELECT json_agg(json_build_object('_id', u.id, 'fullName', u."fullName", 'email', u.email) ORDER BY a."createdAt", a."userId")
      FROM "ConversationAssignee" a JOIN "User" u ON u.id = a."userId" WHERE a."conversationId" = c.id), '[]'),
    'channelType', c."channelType", 'channelIdentifier', c."channelIdentifier", 'latestMessage', c."latestMessageId",
    'lastMessageTime', ${iso(`c."lastMessageTime"`)}, 'isResolved', c."isResolved", 'resolvedAt', ${iso(`c."resolvedAt"`)},
    'subject', c.subject, 'provider', c.provider, 'emailAccountId', c."emailAccountId", 'participants', c.participants,
    'isDraft', c."isDraft", 'messageCount', c."messageCount", 'contactId', c."contactId", 'process', c.process,
    'isAutopilot', c."isAutopilot", 'source', c.source, 'leadSource', c."leadSource",
    'isUpdated', ${isUpdatedSql(viewerId)},
    'createdAt', ${iso(`c."createdAt"`)}, 'updatedAt', ${iso(`c."updatedAt"`)}, '__v', c.version)`;
}

/** isUpdatedFor (lib/domain/seen.ts) for the conversation `c`: marked unseen, or an incoming
 *  message since the viewer last looked. Also the inbox's "unseen only" filter. */
export function isUpdatedSql(viewerId: string): Prisma.Sql {
  return Prisma.sql`COALESCE((
    SELECT s."markedUnseen" OR (c."lastIncomingAt" IS NOT NULL AND (s."seenAt" IS NULL OR s."seenAt" < c."lastIncomingAt"))
    FROM "ConversationSeen" s WHERE s."conversationId" = c.id AND s."userId" = ${viewerId}), c."lastIncomingAt" IS NOT NULL)`;
}

/** serializeInboxRow: the conversation, its contact summary (`ct`) and its latest message (`p`). */
export function inboxRowJson(viewerId: string): Prisma.Sql {
  return Prisma.sql`(${conversationJson(viewerId)}::jsonb || jsonb_build_object(
    'contact', json_build_object('_id', ct.id, 'fullName', ct."fullName", 'phone', ct.phone, 'email', ct.email),
    'preview', CASE WHEN p.id IS NULL THEN NULL ELSE json_build_object(
      '_id', p.id, 'body', p.body, 'isIncoming', p."isIncoming", 'senderType', p."senderType",
      'automationName', p."automationName", 'actions', p.actions,
      'attachmentCount', CASE WHEN jsonb_typeof(p.attachments) = 'array' THEN jsonb_array_length(p.attachments) ELSE 0 END,
      'createdAt', ${iso(`p."createdAt"`)}) END))`;
}

// type and automationName only when set, in serializeMessage's key order. Four plain variants:
// merging stripped objects as jsonb cost a fifth of the time of a 10,000-message thread.
const stampTail = `'fieldsExtracted', m."fieldsExtracted", 'actions', m.actions`;
const systemStamp = Prisma.raw(`CASE
    WHEN m."stampType" IS NULL AND m."automationName" IS NULL THEN json_build_object(${stampTail})
    WHEN m."stampType" IS NULL THEN json_build_object('automationName', m."automationName", ${stampTail})
    WHEN m."automationName" IS NULL THEN json_build_object('type', m."stampType", ${stampTail})
    ELSE json_build_object('type', m."stampType", 'automationName', m."automationName", ${stampTail}) END`);

/** serializeMessage, for the message aliased `m` and its sender `u` (LEFT JOIN "User" u). */
export const messageJson = Prisma.sql`json_build_object(
  '_id', m.id, 'isIncoming', m."isIncoming", 'body', m.body, 'channelType', m."channelType",
  'channelIdentifier', m."channelIdentifier", 'status', m.status, 'senderType', m."senderType",
  'userId', CASE WHEN u.id IS NULL THEN NULL ELSE json_build_object('_id', u.id, 'fullName', u."fullName") END,
  'contactId', m."contactId",
  'attachments', CASE WHEN jsonb_typeof(m.attachments) = 'array' THEN m.attachments ELSE '[]' END,
  'systemStamp', ${systemStamp},
  'createdAt', ${iso(`m."createdAt"`)})`;

/** A JSON response body from JSON texts PostgreSQL built: `{"<key>":[…], …rest}`. */
export function jsonList(key: string, items: string[], rest: Record<string, unknown> = {}): string {
  const tail = Object.entries(rest)
    .map(([name, value]) => `,${JSON.stringify(name)}:${JSON.stringify(value ?? null)}`)
    .join("");
  return `{${JSON.stringify(key)}:[${items.join(",")}]${tail}}`;
}
