import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ChannelType, MessageStatus, SenderType } from "@/lib/generated/prisma/enums";
import { messageJson } from "@/lib/messages/json";
import type { MessageEmail } from "@/lib/messages/schemas";

export type NewMessage = {
  userId: string | null;
  isIncoming: boolean;
  body: string;
  status: MessageStatus;
  senderType: SenderType;
  attachments?: unknown[];
  /** The provider's id of the message, when it came from (or went to) one, and that connection. */
  providerMessageId?: string | null;
  connectionId?: string | null;
  /** Recorded by the built-in provider: no channel was connected to carry it. */
  recordedOnly?: boolean;
  /** A client's Idempotency-Key: when the sender already has a message with it, nothing is added. */
  idempotencyKey?: string;
  /** Written after the transaction's other messages (a stamp after the reply it records): their
   *  time is the transaction's start, and ids alone do not order messages of one millisecond. */
  afterOthers?: boolean;
  /** The automation that sent it (a templated reply). */
  automationId?: string | null;
  /** A private note (lib/notes): only the organization's people see it. */
  isPrivate?: boolean;
  /** An email's way into its thread (lib/channels/email/threading.ts). */
  threadedBy?: string;
  /** A contact's automatic message (an out-of-office reply): kept, but it moves nothing else. */
  automatic?: boolean;
  /** An email's addresses and subject (lib/messages/schemas.ts, messageEmailSchema). */
  email?: MessageEmail;
  /** A SYSTEM message's record of one automation (or autopilot turn) firing. */
  stamp?: { type: string; automationName: string; fieldsExtracted: string[]; actions: string[] };
};

export type AppendedMessage = {
  id: string;
  conversationId: string;
  contactId: string | null;
  channelType: ChannelType;
  channelIdentifier: string;
  json: string;
};

/**
 * One statement that adds a message to the conversation `target` selects (aliased `c`, at most one
 * row) and moves the conversation with it: latestMessage and lastMessageTime (never backwards, if
 * an older message lands late), messageCount, updatedAt. An incoming message also makes the
 * conversation unseen for everyone (lastIncomingAt), reopens and wakes it, and gives a conversation that has no
 * connection yet the one it came through; an outgoing one is seen by its
 * sender, who has read the thread, and ends their draft of it. The contact's message starts their
 * wait (waitingSince) unless it had started; a person's or the AI's answer ends it. A person's reply takes the
 * conversation over from its autopilot. changedById says who did what the activity trail records (no
 * one when the contact's message reopens or wakes it; the person taking it over from the
 * autopilot). A private note moves none of that: it is counted and dated
 * (messageCount, updatedAt), and seen by its writer. Returns the message as its JSON, or no row
 * when `target` is empty.
 */
export function appendMessageSql(target: Prisma.Sql, message: NewMessage): Prisma.Sql {
  const note = message.isPrivate === true;
  const automatic = message.automatic === true;
  const incoming =
    message.isIncoming && !automatic
      ? Prisma.sql`, "lastIncomingAt" = m."createdAt", "isResolved" = false, "resolvedAt" = NULL, "resolvedById" = NULL,
        "isSnoozed" = false, "snoozedUntil" = NULL,
        version = c.version + CASE WHEN c."isResolved" OR c."isSnoozed" THEN 1 ELSE 0 END,
        "changedById" = CASE WHEN c."isResolved" OR c."isSnoozed" THEN NULL ELSE c."changedById" END,
        "connectionId" = COALESCE(c."connectionId", m."connectionId")`
      : Prisma.empty;
  // An answer, for waiting time: a person's or the AI's message (not a stamp, nor an automation's
  // templated reply, which answers no one who is waiting).
  const answers = (message.senderType === "USER" || message.senderType === "AI") && !message.automationId && !note;
  // The contact's first message and our first answer after it, for first-response time (reports).
  const waiting = automatic
    ? Prisma.empty
    : message.isIncoming
      ? Prisma.sql`, "waitingSince" = COALESCE(c."waitingSince", m."createdAt"),
        "firstIncomingAt" = COALESCE(c."firstIncomingAt", m."createdAt")`
      : answers
        ? Prisma.sql`, "waitingSince" = NULL,
          "firstResponseAt" = COALESCE(c."firstResponseAt", CASE WHEN c."firstIncomingAt" IS NOT NULL THEN m."createdAt" END)`
        : Prisma.empty;
  const takesOver =
    message.senderType === "USER" && !note
      ? Prisma.sql`, "isAutopilot" = false, version = c.version + CASE WHEN c."isAutopilot" THEN 1 ELSE 0 END,
          "changedById" = CASE WHEN c."isAutopilot" THEN ${message.userId} ELSE c."changedById" END`
      : Prisma.empty;
  const stamp = message.stamp;
  const seenBySender =
    message.userId === null
      ? Prisma.empty
      : Prisma.sql`, seen AS (
          INSERT INTO "ConversationSeen" ("userId", "conversationId", "seenAt", "markedUnseen")
          SELECT ${message.userId}, m."conversationId", now(), false FROM message m
          ON CONFLICT ("userId", "conversationId") DO UPDATE SET "seenAt" = excluded."seenAt", "markedUnseen" = false),
        sent AS (
          DELETE FROM "Draft" d USING message m WHERE d."userId" = ${message.userId} AND d."conversationId" = m."conversationId")`;
  return Prisma.sql`
    WITH target AS (${target}),
    message AS (
      INSERT INTO "Message" ("conversationId", "contactId", "userId", "isIncoming", body, "channelType",
                             "channelIdentifier", status, "senderType", attachments, "providerMessageId",
                             "connectionId", "recordedOnly", "idempotencyKey", "stampType", "automationName",
                             "fieldsExtracted", actions, "automationId", "isPrivate", "threadedBy", "isAutomatic", email, "createdAt")
      SELECT c.id, c."contactId", ${message.userId}, ${message.isIncoming}, ${message.body}, c."channelType",
             c."channelIdentifier", ${message.status}::"MessageStatus", ${message.senderType}::"SenderType",
             ${JSON.stringify(message.attachments ?? [])}::jsonb, ${message.providerMessageId ?? null},
             ${message.connectionId ?? null}, ${message.recordedOnly ?? false}, ${message.idempotencyKey ?? null},
             ${stamp?.type ?? null}, ${stamp?.automationName ?? null}, ${stamp?.fieldsExtracted ?? []}::text[],
             ${stamp?.actions ?? []}::text[], ${message.automationId ?? null}, ${note}, ${message.threadedBy ?? null}, ${automatic},
             ${message.email ? JSON.stringify(message.email) : null}::json,
             ${message.afterOthers ? Prisma.sql`GREATEST(clock_timestamp(), now() + interval '1 millisecond')` : Prisma.sql`now()`}
      FROM target c
      ${message.idempotencyKey ? Prisma.sql`ON CONFLICT ("userId", "idempotencyKey") WHERE "idempotencyKey" IS NOT NULL DO NOTHING` : Prisma.empty}
      RETURNING *),
    moved AS (
      UPDATE "Conversation" c SET ${note ? Prisma.empty : latest}
        "messageCount" = c."messageCount" + 1, "updatedAt" = now() ${incoming} ${waiting} ${takesOver}
      FROM message m WHERE c.id = m."conversationId") ${seenBySender}
    SELECT m.id, m."conversationId", m."contactId", m."channelType", m."channelIdentifier", ${messageJson} AS json
    FROM message m LEFT JOIN "User" u ON u.id = m."userId"`;
}

// A message in a draft conversation (a new email not yet sent) makes it a conversation.
const latest = Prisma.sql`
  "isDraft" = false,
  "latestMessageId" = CASE WHEN m."createdAt" >= c."lastMessageTime" THEN m.id ELSE c."latestMessageId" END,
  "lastMessageTime" = GREATEST(c."lastMessageTime", m."createdAt"),`;

/**
 * A SYSTEM message recording one automation's (or autopilot turn's) firing, in the reference's
 * `systemStamp` shape, after the transaction's other messages; `body` says why, when it stopped
 * something.
 */
export const appendStampSql = (
  target: Prisma.Sql,
  stamp: { automationName: string; fieldsExtracted: string[]; actions: string[] },
  body = "",
) =>
  appendMessageSql(target, {
    userId: null,
    isIncoming: false,
    body,
    senderType: "SYSTEM",
    status: "delivered",
    afterOthers: true,
    stamp: { type: "automation", ...stamp },
  });
