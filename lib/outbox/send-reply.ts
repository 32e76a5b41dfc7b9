import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { builtIn } from "@/lib/channels/built-in";
import { answerSubject, withToken } from "@/lib/channels/email/threading";
import { accessibleConversationSql, conversationNotFound } from "@/lib/conversations/access";
import { query, transaction } from "@/lib/db/sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { ApiError } from "@/lib/http/api-error";
import { type AppendedMessage, appendMessageSql } from "@/lib/messages/append";
import { messageJson } from "@/lib/messages/json";
import type { EmailPerson, MessageEmail, ReplyEmail } from "@/lib/messages/schemas";
import { connectedChannels, enqueueOutbound } from "@/lib/outbox/enqueue";
import { markSent, unsentReplyUploads } from "@/lib/uploads/uploads";

export type SentReply = { json: string; replayed: boolean };

/**
 * Sends the viewer's reply into a conversation. It is recorded (queued) with the conversation moved
 * and seen by the viewer in one statement. On a channel the organization has connected (any
 * provider in lib/channels/registry.ts), the outbound job is enqueued in the same transaction and a
 * worker sends it (lib/outbox/deliver.ts): the answer says "queued". Otherwise the built-in
 * provider, which delivers nowhere and leaves nothing to do outside this process, takes it at once
 * and the message says so (`recordedOnly`).
 * With an `idempotencyKey` the viewer already used, nothing is sent again: the answer is the
 * message that key made (`replayed`) while the viewer may still read its conversation, or 409 when
 * it was made by a different reply.
 */
export async function sendReply(options: {
  viewer: Viewer;
  conversationId: string;
  body: string;
  /** Files the viewer uploaded into this conversation and has not sent (lib/uploads). */
  attachments?: string[];
  /** An email reply's own addresses and subject (email conversations only). */
  email?: ReplyEmail;
  idempotencyKey?: string;
}): Promise<SentReply> {
  const { viewer, conversationId, body, attachments: uploadIds = [], idempotencyKey } = options;
  const email = options.email ? await replyEmail(viewer, conversationId, options.email) : undefined;
  // A retried reply's files were sent with its first attempt: the replay is answered before they are checked.
  if (idempotencyKey && uploadIds.length > 0 && (await keyUsed(viewer, idempotencyKey))) {
    return replayed(viewer, idempotencyKey, { conversationId, body });
  }
  const files = await unsentReplyUploads(viewer, conversationId, uploadIds);
  const target = Prisma.sql`
    SELECT c.* FROM "Conversation" c
    WHERE c.id = ${conversationId} AND ${accessibleConversationSql(viewer)}`;
  const connected = await connectedChannels(viewer.organizationId);
  const reply = { userId: viewer.userId, isIncoming: false, body, status: "queued", senderType: "USER" } as const;
  const append = appendMessageSql(target, { ...reply, attachments: files, idempotencyKey, email });
  // With no channel connected and no files the reply is one statement, as it was before the
  // outbox: the transaction (and its two extra round trips) is only for committing the message
  // with its job and its files.
  const message =
    connected.size === 0 && files.length === 0
      ? (await query<AppendedMessage>(append))[0]
      : await transaction(async (tx) => {
          const [appended] = await query<AppendedMessage>(append, tx);
          if (appended) await markSent(tx, viewer.userId, appended.id, files);
          if (appended && connected.has(appended.channelType)) await enqueueOutbound(appended.id, tx);
          return appended;
        });
  if (!message) {
    if (idempotencyKey) return replayed(viewer, idempotencyKey, { conversationId, body });
    throw conversationNotFound();
  }
  if (connected.has(message.channelType)) return { json: message.json, replayed: false };
  return sendThroughBuiltIn(message, conversationId, body);
}

/** The built-in provider takes the reply at once (no call leaves the process); a refusal is a 502. */
async function sendThroughBuiltIn(message: AppendedMessage, conversationId: string, body: string): Promise<SentReply> {
  const outgoing = {
    id: message.id,
    conversationId,
    to: message.channelIdentifier,
    body,
    attachments: [],
    lastIncomingAt: null,
  };
  const sender = builtIn.sender(outgoing);
  const outcome = typeof sender === "string" ? { kind: "refused" as const, reason: sender } : await sender.send();
  if (outcome.kind !== "accepted") {
    await recordBuiltIn(message.id, "failed");
    throw new ApiError(
      "channel_provider_failed",
      `The ${builtIn.label} provider did not take the message: ${outcome.reason}`,
    );
  }
  return { json: await recordBuiltIn(message.id, "delivered"), replayed: false };
}

/**
 * Sends a failed reply again: back to queued (its reason cleared) and on its way as a new reply
 * would be. Only an outgoing message the provider refused, in a conversation the viewer may access.
 */
export async function retryReply(options: {
  viewer: Viewer;
  conversationId: string;
  messageId: string;
}): Promise<string> {
  const { viewer, conversationId, messageId } = options;
  const connected = await connectedChannels(viewer.organizationId);
  const message = await transaction(async (tx) => {
    const [row] = await query<AppendedMessage & { body: string }>(
      Prisma.sql`
        WITH m AS (
          UPDATE "Message" m SET status = 'queued', "failureReason" = NULL, "sendingSince" = NULL
          FROM "Conversation" c
          WHERE m.id = ${messageId} AND m."conversationId" = ${conversationId} AND c.id = m."conversationId"
            AND ${accessibleConversationSql(viewer)} AND NOT m."isIncoming" AND m.status = 'failed'
          RETURNING m.*)
        SELECT m.id, m."conversationId", m."contactId", m."channelType", m."channelIdentifier", m.body,
               ${messageJson} AS json
        FROM m LEFT JOIN "User" u ON u.id = m."userId"`,
      tx,
    );
    if (row && connected.has(row.channelType)) await enqueueOutbound(row.id, tx);
    return row;
  });
  if (!message) throw new ApiError("not_found", "Failed message not found in this conversation");
  if (connected.has(message.channelType)) return message.json;
  return (await sendThroughBuiltIn(message, conversationId, message.body)).json;
}

/**
 * An email reply's headers as the message keeps them; what the agent left out is the thread's (the
 * contact, the people copied, the subject). 400 on a conversation of another channel.
 */
async function replyEmail(viewer: Viewer, conversationId: string, given: ReplyEmail): Promise<MessageEmail> {
  const [thread] = await query<{
    channelType: string;
    to: string;
    participants: EmailPerson[] | null;
    subject: string | null;
    answers: boolean;
  }>(
    // It answers once the thread has a message: a draft's first mail keeps its own subject.
    Prisma.sql`SELECT c."channelType", c."channelIdentifier" AS to, c.participants, c.subject,
        NOT c."isDraft" AS answers
      FROM "Conversation" c WHERE c.id = ${conversationId} AND ${accessibleConversationSql(viewer)}`,
  );
  if (!thread) throw conversationNotFound();
  if (thread.channelType !== "email") {
    throw new ApiError("bad_request", "email: only a reply in an email conversation has addresses and a subject");
  }
  const person = (email: string) => ({ email: email.toLowerCase(), name: "" });
  return {
    to: given.to?.map(person) ?? [person(thread.to)],
    cc: given.cc?.map(person) ?? thread.participants ?? [],
    subject: withToken(given.subject || answerSubject(thread.subject, thread.answers), conversationId),
  };
}

async function keyUsed(viewer: Viewer, key: string) {
  const rows = await query(Prisma.sql`
    SELECT 1 FROM "Message" m WHERE m."userId" = ${viewer.userId} AND m."idempotencyKey" = ${key}`);
  return rows.length > 0;
}

/** The message an Idempotency-Key already made, if it was this same reply in a conversation the
 *  viewer may still read (taken off it since, they get a 404 like any other caller). */
async function replayed(viewer: Viewer, key: string, reply: { conversationId: string; body: string }) {
  const [row] = await query<{ json: string; conversationId: string; body: string }>(Prisma.sql`
    SELECT ${messageJson} AS json, m."conversationId", m.body
    FROM "Message" m JOIN "Conversation" c ON c.id = m."conversationId" LEFT JOIN "User" u ON u.id = m."userId"
    WHERE m."userId" = ${viewer.userId} AND m."idempotencyKey" = ${key} AND ${accessibleConversationSql(viewer)}`);
  if (!row) throw conversationNotFound();
  if (row.conversationId !== reply.conversationId || row.body !== reply.body) {
    throw new ApiError("conflict", "This Idempotency-Key was already used for a different reply");
  }
  return { json: row.json, replayed: true };
}

/** Records what the built-in provider did with a message; returns the message's JSON after it. */
async function recordBuiltIn(messageId: string, status: "delivered" | "failed"): Promise<string> {
  const [row] = await query<{ json: string }>(Prisma.sql`
    WITH m AS (
      UPDATE "Message" SET status = ${status}::"MessageStatus", "recordedOnly" = ${status === "delivered"}
      WHERE id = ${messageId} RETURNING *)
    SELECT ${messageJson} AS json FROM m LEFT JOIN "User" u ON u.id = m."userId"`);
  if (!row) throw new ApiError("not_found", "Message not found");
  return row.json;
}
