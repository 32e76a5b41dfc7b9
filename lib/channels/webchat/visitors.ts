import "server-only";
import { query } from "@/lib/db/sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { ApiError } from "@/lib/http/api-error";
import { jsonList, jsonText } from "@/lib/http/responses";
import { receiveInboundMessage } from "@/lib/inbound/receive";
import { reportDelivery } from "@/lib/inbound/status";
import { attachmentOf, bytesOf, type FoundUpload, type UploadJson } from "@/lib/uploads/uploads";
import type { VisitorClaims } from "./identity";
import { seenUntilSql, visibleToVisitorSql, visitorMessageJson } from "./visitor-json";

// What a webchat visitor does with their conversation: read it, write in it, say they read it.
// Every statement is bounded to the visitor's own conversation on this connection (the newest for
// their address, as the inbound path finds it), read through the visitor's JSON shape only.

/** A visitor on one connection. `key` ("<connection id>:<address>") is how the live events and the
 *  uploads name them. */
export type Visitor = VisitorClaims & { organizationId: string; connectionId: string; key: string };

export const visitorKeyOf = (connectionId: string, address: string) => `${connectionId}:${address}`;

/** The visitor's conversation, aliased `c` (none before their first message). */
const conversationOf = (visitor: Visitor) => Prisma.sql`
  SELECT c.* FROM "Conversation" c
  WHERE c."organizationId" = ${visitor.organizationId} AND c."channelType" = 'webchat'
    AND c."channelIdentifier" = ${visitor.address} AND c."connectionId" = ${visitor.connectionId}
  ORDER BY c."lastMessageTime" DESC, c.id DESC LIMIT 1`;

/**
 * A page of the visitor's messages, oldest first: the newest `limit` (older than `before`), or the
 * next `limit` after `after` (what is new since the widget last looked). With `hasMore` (there are
 * more in that direction) and `seenUntil`: when an agent last read the conversation.
 */
export async function visitorMessages(
  visitor: Visitor,
  page: { before?: string; after?: string; limit: number },
): Promise<Response> {
  const cursorId = page.after ?? page.before;
  const newer = page.after !== undefined;
  const cursor = cursorId
    ? Prisma.sql`AND (m."createdAt", m.id) ${Prisma.raw(newer ? ">" : "<")} (
        SELECT k."createdAt", k.id FROM "Message" k WHERE k.id = ${cursorId} AND k."conversationId" = c.id)`
    : Prisma.empty;
  const rows = await query<{ json: string; seenUntil: string | null }>(Prisma.sql`
    SELECT ${visitorMessageJson} AS json,
      to_char(seen_until AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "seenUntil"
    FROM (${conversationOf(visitor)}) c
    CROSS JOIN LATERAL (SELECT ${seenUntilSql} AS seen_until) s
    JOIN "Message" m ON m."conversationId" = c.id
    LEFT JOIN "User" u ON u.id = m."userId"
    WHERE ${visibleToVisitorSql} ${cursor}
    ORDER BY m."createdAt" ${Prisma.raw(newer ? "ASC" : "DESC")}, m.id ${Prisma.raw(newer ? "ASC" : "DESC")}
    LIMIT ${page.limit + 1}`);
  const kept = rows.slice(0, page.limit);
  const messages = newer ? kept : kept.reverse();
  const seenUntil = rows.length > 0 ? (rows[0]?.seenUntil ?? null) : await lastSeen(visitor);
  return jsonList(
    "messages",
    messages.map((row) => row.json),
    { hasMore: rows.length > page.limit, seenUntil },
  );
}

async function lastSeen(visitor: Visitor): Promise<string | null> {
  const [row] = await query<{ at: Date | null }>(
    Prisma.sql`SELECT ${seenUntilSql} AS at FROM (${conversationOf(visitor)}) c`,
  );
  return row?.at?.toISOString() ?? null;
}

export type VisitorContext = { url?: string; title?: string; browser?: string };

/**
 * The visitor writes: through the one inbound path (their contact found or made, the conversation
 * unseen and reopened), with their images (uploads of theirs not yet sent) and what the widget
 * says of their page, all in one transaction. `clientId` makes a retried send one message.
 */
export async function sendVisitorMessage(
  visitor: Visitor,
  message: {
    body: string;
    clientId: string;
    uploads: string[];
    context: VisitorContext;
    contact?: { name?: string; email?: string };
  },
  rules: { askForContact: boolean },
): Promise<Response> {
  const uploads = await unsentUploads(visitor, message.uploads);
  const identified = visitor.address.startsWith("user:");
  if (rules.askForContact && !identified && !message.contact?.email && !(await hasConversation(visitor))) {
    throw new ApiError("bad_request", "Leave your email first, so that we can write back", [
      { path: "contact.email", message: "is required before the first message" },
    ]);
  }
  const name = visitor.name ?? message.contact?.name;
  const email = visitor.email ?? message.contact?.email;
  const received = await receiveInboundMessage({
    organizationId: visitor.organizationId,
    connectionId: visitor.connectionId,
    inbound: {
      channelType: "webchat",
      from: visitor.address,
      body: message.body,
      contactName: name ?? `Website visitor ${visitor.address.slice(-4).toUpperCase()}`,
      attachments: uploads.map(attachmentOf),
    },
    providerMessageId: `visitor:${message.clientId}`,
    // Only the website's word (an identity token) makes an email someone's: a typed one is kept on
    // a new contact, never used to join an existing one.
    knownEmail: identified ? visitor.email : undefined,
    alongside: async (tx, sent) => {
      const attached = await query(
        Prisma.sql`UPDATE "Upload" SET "conversationId" = ${sent.conversationId}
          WHERE id = ANY(${uploads.map((u) => u.id)}::char(24)[]) AND visitor = ${visitor.key} AND "conversationId" IS NULL
          RETURNING id`,
        tx,
      );
      if (attached.length !== uploads.length) throw new ApiError("conflict", "An image was sent twice at once");
      await query(
        Prisma.sql`UPDATE "Conversation" SET "visitorContext" = ${JSON.stringify(message.context)}::jsonb
          WHERE id = ${sent.conversationId} AND "visitorContext" IS DISTINCT FROM ${JSON.stringify(message.context)}::jsonb`,
        tx,
      );
      if (sent.contactId && (name || email)) {
        await query(
          Prisma.sql`UPDATE "Contact" SET
            "fullName" = CASE WHEN "fullName" LIKE 'Website visitor %' AND ${name ?? null}::text IS NOT NULL
              THEN ${name ?? null} ELSE "fullName" END,
            email = COALESCE(email, ${email ?? null})
          WHERE id = ${sent.contactId}`,
          tx,
        );
      }
    },
  });
  const [row] = await query<{ json: string }>(Prisma.sql`
    SELECT ${visitorMessageJson} AS json FROM "Message" m
    JOIN "Conversation" c ON c.id = m."conversationId"
    CROSS JOIN LATERAL (SELECT ${seenUntilSql} AS seen_until) s
    LEFT JOIN "User" u ON u.id = m."userId"
    WHERE m.id = ${received.messageId}`);
  if (!row) throw new ApiError("not_found", "The message was removed meanwhile");
  return jsonText(`{"data":${row.json}}`, 201);
}

async function hasConversation(visitor: Visitor): Promise<boolean> {
  return (await query(Prisma.sql`SELECT 1 FROM (${conversationOf(visitor)}) c`)).length > 0;
}

/** The visitor's own uploads among `ids`, none sent yet; a 400 naming any other. */
async function unsentUploads(visitor: Visitor, ids: string[]): Promise<UploadJson[]> {
  if (ids.length === 0) return [];
  const rows = await query<UploadJson>(Prisma.sql`
    SELECT id, name, "contentType", size FROM "Upload"
    WHERE id = ANY(${ids}::char(24)[]) AND visitor = ${visitor.key} AND "conversationId" IS NULL`);
  const byId = new Map(rows.map((row) => [row.id, row]));
  const missing = ids.findIndex((id) => !byId.has(id));
  if (missing >= 0) {
    throw new ApiError("bad_request", "An image is not yours to send, or was sent already", [
      { path: `attachments.${missing}`, message: "is not an image you uploaded and have not sent" },
    ]);
  }
  return ids.map((id) => byId.get(id) as UploadJson);
}

/** A file the visitor may open: one they sent, or one sent to them in a reply they see. */
export async function visitorUpload(visitor: Visitor, id: string) {
  const [found] = await query<FoundUpload>(Prisma.sql`
    SELECT f."storageKey", f.name, f."contentType" FROM "Upload" f
    WHERE f.id = ${id} AND (f.visitor = ${visitor.key} OR EXISTS (
      SELECT 1 FROM "Message" m JOIN (${conversationOf(visitor)}) c ON c.id = m."conversationId"
      WHERE m.id = f."messageId" AND ${visibleToVisitorSql}))`);
  return bytesOf(found);
}

/** The visitor has read the replies so far: they show as read to the agents. */
export async function markRead(visitor: Visitor) {
  await reportDelivery({
    connectionId: visitor.connectionId,
    status: "read",
    to: { organizationId: visitor.organizationId, channelType: "webchat", address: visitor.address },
    until: new Date(),
  });
}
