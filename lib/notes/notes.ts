import "server-only";
import { canSeeWholeOrganization, type Viewer } from "@/lib/auth/viewer";
import { conversationNotFound, readableConversationSql } from "@/lib/conversations/access";
import { actingAsSql } from "@/lib/db/actor";
import { query, transaction } from "@/lib/db/sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { ApiError } from "@/lib/http/api-error";
import { mailConfigured } from "@/lib/mail/send";
import { type AppendedMessage, appendMessageSql } from "@/lib/messages/append";
import { messageJson } from "@/lib/messages/json";
import { enqueueMentionEmail } from "./mention-emails";

// Private notes: messages only the organization's people see. A note is written by anyone who may
// read the conversation (a participant too) and goes through no channel: it is never enqueued for
// a provider, and every contact-facing read leaves it out (lib/channels/webchat/visitor-json.ts).
// The people it mentions are told, and may read the conversation while the mention exists.

/** Writes a note, its mentions and their emails (when this installation sends email) in one transaction. */
export async function writeNote(options: {
  viewer: Viewer;
  conversationId: string;
  body: string;
  mentions: string[];
}): Promise<string> {
  const { viewer, conversationId, body } = options;
  return transaction(async (tx) => {
    const target = Prisma.sql`SELECT c.* FROM "Conversation" c
      WHERE c.id = ${conversationId} AND ${readableConversationSql(viewer)}`;
    const [note] = await query<AppendedMessage>(
      appendMessageSql(target, {
        userId: viewer.userId,
        isIncoming: false,
        body,
        status: "delivered",
        senderType: "USER",
        isPrivate: true,
      }),
      tx,
    );
    if (!note) throw conversationNotFound();
    // Checked once the conversation is known to be readable, so that ids cannot be probed.
    const people = await query<{ id: string }>(
      Prisma.sql`SELECT id FROM "User" WHERE id = ANY(${options.mentions}::char(24)[])
        AND "organizationId" = ${viewer.organizationId} AND "deactivatedAt" IS NULL`,
      tx,
    );
    const known = new Set(people.map((person) => person.id));
    const unknown = options.mentions.flatMap((id, index) => (known.has(id) ? [] : [index]));
    if (unknown.length > 0) {
      throw new ApiError(
        "bad_request",
        "mentions: not an active person of this organization",
        unknown.map((index) => ({ path: `mentions.${index}`, message: "not an active person of this organization" })),
      );
    }
    // Writing your own name tells no one.
    const others = options.mentions.filter((id) => id !== viewer.userId);
    if (others.length > 0) {
      const made = await query<{ id: string }>(
        Prisma.sql`INSERT INTO "Mention" ("messageId", "conversationId", "userId", "authorId")
          SELECT ${note.id}, ${note.conversationId}, person, ${viewer.userId} FROM unnest(${others}::char(24)[]) person
          RETURNING id`,
        tx,
      );
      if (mailConfigured()) for (const mention of made) await enqueueMentionEmail(mention.id, tx);
    }
    // The append's JSON was built before the mentions existed: read again only when there are some.
    if (others.length === 0) return note.json;
    const [written] = await query<{ json: string }>(
      Prisma.sql`SELECT ${messageJson} AS json FROM "Message" m LEFT JOIN "User" u ON u.id = m."userId"
        WHERE m.id = ${note.id}`,
      tx,
    );
    return written?.json ?? note.json;
  });
}

/**
 * Deletes a note (its writer, or a manager or admin) and with it its mentions: a person it
 * mentioned no longer reads the conversation by it.
 */
export async function deleteNote(options: { viewer: Viewer; conversationId: string; messageId: string }) {
  const { viewer, conversationId, messageId } = options;
  const [note] = await query<{ mine: boolean }>(Prisma.sql`
    SELECT m."userId" IS NOT DISTINCT FROM ${viewer.userId} AS mine
    FROM "Message" m JOIN "Conversation" c ON c.id = m."conversationId"
    WHERE m.id = ${messageId} AND m."conversationId" = ${conversationId} AND m."isPrivate"
      AND ${readableConversationSql(viewer)}`);
  if (!note) throw new ApiError("not_found", "Note not found");
  if (!note.mine && !canSeeWholeOrganization(viewer)) {
    throw new ApiError("forbidden", "Only its writer, managers and admins can delete a note");
  }
  await transaction(async (tx) => {
    // Who deleted it, for the activity trail's trigger (a deletion leaves no row to name them on).
    await query(actingAsSql(viewer.userId), tx);
    await query(
      Prisma.sql`
        WITH gone AS (DELETE FROM "Message" WHERE id = ${messageId} AND "isPrivate" RETURNING "conversationId")
        UPDATE "Conversation" c SET "messageCount" = c."messageCount" - 1, "updatedAt" = now()
        FROM gone WHERE c.id = gone."conversationId"`,
      tx,
    );
  });
}
