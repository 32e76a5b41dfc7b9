import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { providerFor } from "@/lib/channels/provider";
import { accessibleConversationSql, conversationNotFound } from "@/lib/conversations/access";
import { query } from "@/lib/db/sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { ApiError } from "@/lib/http/api-error";
import { type AppendedMessage, appendMessageSql } from "@/lib/messages/append";
import { messageJson } from "@/lib/messages/json";

/**
 * Sends the viewer's reply into a conversation: records it (queued), moves the conversation and
 * marks it seen by the viewer in one statement, then hands it to the channel's provider (never
 * inside a transaction: a network call must not hold locks) and records what the provider reports.
 * Answers with the message's JSON as the last report left it.
 */
export async function sendReply(options: { viewer: Viewer; conversationId: string; body: string }): Promise<string> {
  const { viewer, conversationId, body } = options;
  const target = Prisma.sql`
    SELECT c.* FROM "Conversation" c
    WHERE c.id = ${conversationId} AND ${accessibleConversationSql(viewer)}`;
  const [message] = await query<AppendedMessage>(
    appendMessageSql(target, { userId: viewer.userId, isIncoming: false, body, status: "queued", senderType: "USER" }),
  );
  if (!message) throw conversationNotFound();

  let json = message.json;
  const provider = providerFor(message.channelType);
  const { id, channelType, channelIdentifier } = message;
  const outbound = { id, conversationId, channelType, channelIdentifier, body };
  try {
    await provider.send(outbound, async (status) => {
      json = await setStatus(message.id, status);
    });
  } catch (error) {
    await setStatus(message.id, "failed");
    const reason = error instanceof Error ? error.message : "unknown error";
    throw new ApiError("channel_provider_failed", `The ${provider.name} provider did not take the message: ${reason}`);
  }
  return json;
}

/** Records a delivery status; returns the message's JSON after it. */
async function setStatus(messageId: string, status: "sent" | "delivered" | "read" | "failed"): Promise<string> {
  const [row] = await query<{ json: string }>(Prisma.sql`
    WITH m AS (UPDATE "Message" SET status = ${status}::"MessageStatus" WHERE id = ${messageId} RETURNING *)
    SELECT ${messageJson} AS json FROM m LEFT JOIN "User" u ON u.id = m."userId"`);
  if (!row) throw new ApiError("not_found", "Message not found");
  return row.json;
}
