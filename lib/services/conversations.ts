import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import type { ChannelType } from "@/lib/generated/prisma/enums";
import { ApiError, conversationNotFound } from "@/lib/http/api-error";
import { conversationJson } from "@/lib/serializers/sql";
import { accessibleConversationSql } from "@/lib/services/access";

// Reads return JSON text built by PostgreSQL (lib/serializers/sql.ts), one statement each.

/** One conversation the viewer may access, as its JSON text. */
export async function getConversation(options: { viewer: Viewer; conversationId: string }): Promise<string> {
  const { viewer, conversationId } = options;
  const [row] = await db.$queryRaw<{ json: string }[]>`
    SELECT ${conversationJson(viewer.userId)}::text AS json FROM "Conversation" c
    WHERE c.id = ${conversationId} AND ${accessibleConversationSql(viewer)}`;
  if (!row) throw conversationNotFound();
  return row.json;
}

/** A contact's conversations on one channel that the viewer may access, newest activity first. */
export async function listContactConversations(options: {
  viewer: Viewer;
  contactId: string;
  channelType: ChannelType;
}): Promise<string[]> {
  const { viewer, contactId, channelType } = options;
  // The contact's own row decides 404 (no such contact here) from [] (nothing this viewer may see).
  const rows = await db.$queryRaw<{ json: string | null }[]>`
    SELECT own.json FROM "Contact" ct
    LEFT JOIN LATERAL (
      SELECT ${conversationJson(viewer.userId)}::text AS json, c."lastMessageTime", c.id FROM "Conversation" c
      WHERE c."contactId" = ct.id AND c."channelType" = ${channelType}::"ChannelType" AND ${accessibleConversationSql(viewer)}
    ) own ON true
    WHERE ct.id = ${contactId} AND ct."organizationId" = ${viewer.organizationId}
    ORDER BY own."lastMessageTime" DESC, own.id DESC`;
  if (rows.length === 0) throw new ApiError("not_found", "Contact not found");
  return rows.flatMap((row) => (row.json === null ? [] : [row.json]));
}
