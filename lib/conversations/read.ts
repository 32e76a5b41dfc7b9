import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import type { ChannelType } from "@/lib/channel-types";
import { conversationNotFound, readableConversationSql } from "@/lib/conversations/access";
import { conversationJson } from "@/lib/conversations/json";
import { type Queryable, query } from "@/lib/db/sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { ApiError } from "@/lib/http/api-error";

// Reads return JSON text built by PostgreSQL (lib/conversations/json.ts), one statement each.

/**
 * One conversation the viewer may access, as its JSON text (or `json`, another answer built from
 * the conversation aliased `c`). Writes end with it too, inside their transaction (`on`).
 */
export async function getConversation(options: {
  viewer: Viewer;
  conversationId: string;
  json?: Prisma.Sql;
  on?: Queryable;
}): Promise<string> {
  const { viewer, conversationId } = options;
  const [row] = await query<{ json: string }>(
    Prisma.sql`SELECT ${options.json ?? conversationJson(viewer.userId)} AS json FROM "Conversation" c
      WHERE c.id = ${conversationId} AND ${readableConversationSql(viewer)}`,
    options.on,
  );
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
  const rows = await query<{ json: string | null }>(Prisma.sql`
    SELECT own.json FROM "Contact" ct
    LEFT JOIN LATERAL (
      SELECT ${conversationJson(viewer.userId)} AS json, c."lastMessageTime", c.id FROM "Conversation" c
      WHERE c."contactId" = ct.id AND c."channelType" = ${channelType}::"ChannelType" AND ${readableConversationSql(viewer)}
    ) own ON true
    WHERE ct.id = ${contactId} AND ct."organizationId" = ${viewer.organizationId}
    ORDER BY own."lastMessageTime" DESC, own.id DESC`);
  if (rows.length === 0) throw new ApiError("not_found", "Contact not found");
  return rows.flatMap((row) => (row.json === null ? [] : [row.json]));
}
