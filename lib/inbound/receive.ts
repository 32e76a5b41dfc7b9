import "server-only";
import type { PoolClient } from "pg";
import { z } from "zod";
import { hashToken } from "@/lib/auth/api-token";
import { db } from "@/lib/db/client";
import { execute, query, transaction } from "@/lib/db/sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { ApiError } from "@/lib/http/api-error";
import { wakeAutopilot } from "@/lib/inbound/autopilot-job";
import type { InboundMessage } from "@/lib/inbound/schemas";
import { type AppendedMessage, appendMessageSql } from "@/lib/messages/append";
import type { MessageEmail } from "@/lib/messages/schemas";
import { jsonId } from "@/lib/schemas";

/** The organization whose inbound secret this is, or 401. */
export async function organizationForInboundSecret(secret: string | null) {
  const organization = secret
    ? await db.organization.findUnique({ where: { inboundSecretHash: hashToken(secret) }, select: { id: true } })
    : null;
  if (!organization) throw new ApiError("unauthorized", "Unauthorized");
  return organization;
}

// Where a contact's address is kept, by channel (a webchat visitor's is kept nowhere: an anonymous
// one is new each time, an identified one may be known by email).
const contactField = { sms: "phone", email: "email", facebook: "facebookId", webchat: null } as const;

/**
 * Records a message a contact sent, in one transaction of three statements: an advisory lock on
 * the sender's address, so that two deliveries from one address make one contact and one
 * conversation; then the conversation for that address, created with its contact if there is none;
 * then the message, appended as every message is (lib/messages/append.ts: unseen for everyone,
 * reopened). The lock is a statement of its own because a statement reads from a snapshot taken
 * when it starts, so the next one is the first to see what a delivery that held the lock committed.
 *
 * Through a connection, the conversation is the address's on that connection (or one that has none
 * yet, which it then joins), and a provider's message id is that connection's: another
 * organization's (or connection's) id never stands for this one.
 */
export async function receiveInboundMessage(options: {
  organizationId: string;
  /** The connection it came through (a provider's webhook); none for the generic inbound webhook. */
  connectionId?: string;
  inbound: InboundMessage;
  /** The provider's id of the message: a second delivery of it stores nothing and answers the first. */
  providerMessageId?: string;
  /** The contact's email where the channel vouches for it (a website's identified visitor): a
   *  contact with it is theirs, and a new contact keeps it. */
  knownEmail?: string;
  /** Writes that belong with the message (an upload now attached to it), in its transaction;
   *  not run again for a second delivery. */
  alongside?: (tx: PoolClient, message: ReceivedMessage) => Promise<void>;
  /** A channel that threads itself (email): the conversation it found, or null for a new one, and
   *  why; and what a new conversation records of its mailbox. Otherwise the address's newest. */
  thread?: { conversationId: string | null; threadedBy: string; provider: string; accountId: string };
  /** The contact's automatic message (an out-of-office reply): kept, moving and waking nothing. */
  automatic?: boolean;
  /** An email's addresses and subject, as the message shows them. */
  email?: MessageEmail;
}): Promise<ReceivedMessage> {
  const { organizationId, inbound, providerMessageId, thread } = options;
  const connectionId = options.connectionId ?? null;
  const onConnection = connectionId
    ? Prisma.sql`AND (c."connectionId" = ${connectionId} OR c."connectionId" IS NULL)`
    : Prisma.empty;
  const address = Prisma.sql`c."organizationId" = ${organizationId} AND c."channelType" = ${inbound.channelType}::"ChannelType"
    AND c."channelIdentifier" = ${inbound.from} ${onConnection}`;
  const byId = (id: string) =>
    Prisma.sql`SELECT c.* FROM "Conversation" c WHERE c.id = ${id} AND c."organizationId" = ${organizationId}`;
  // The address's newest conversation; or the one the channel's threading found (or none).
  const conversation = !thread
    ? Prisma.sql`SELECT c.* FROM "Conversation" c WHERE ${address} ORDER BY c."lastMessageTime" DESC, c.id DESC LIMIT 1`
    : thread.conversationId
      ? byId(thread.conversationId)
      : Prisma.sql`SELECT c.* FROM "Conversation" c WHERE false`;
  const channelField = contactField[inbound.channelType];
  const known = channelField
    ? { field: channelField, value: inbound.from }
    : options.knownEmail
      ? { field: "email", value: options.knownEmail }
      : null;
  const field = known?.field;
  const knownContact = known
    ? Prisma.sql`SELECT ct.id FROM "Contact" ct WHERE ct."organizationId" = ${organizationId}
        AND ct.${Prisma.raw(`"${known.field}"`)} = ${known.value} ORDER BY ct.id LIMIT 1`
    : Prisma.sql`SELECT NULL::char(24) AS id WHERE false`;

  const [message] = await transaction(async (tx) => {
    // Deliveries of one provider id, then from one address, one at a time (always in this order,
    // so two deliveries never wait on each other's second lock).
    const locks = [`${organizationId}:${inbound.channelType}:${inbound.from}`];
    if (providerMessageId) locks.unshift(`${connectionId}:${providerMessageId}`);
    for (const key of locks) await execute(Prisma.sql`SELECT pg_advisory_xact_lock(hashtext(${key}))`, tx);
    if (providerMessageId) {
      const stored = await query<Pick<AppendedMessage, "id" | "conversationId" | "contactId">>(
        Prisma.sql`SELECT id, "conversationId", "contactId" FROM "Message"
          WHERE "connectionId" = ${connectionId} AND "providerMessageId" = ${providerMessageId}`,
        tx,
      );
      if (stored.length > 0) return stored;
    }
    const created = await query<{ id: string }>(
      Prisma.sql`
      WITH existing AS (${conversation}),
      known AS (${knownContact}),
      created AS (
        INSERT INTO "Contact" ("organizationId", "fullName" ${field ? Prisma.raw(`, "${field}"`) : Prisma.empty})
        SELECT ${organizationId}, ${inbound.contactName || inbound.from} ${known ? Prisma.sql`, ${known.value}` : Prisma.empty}
        WHERE NOT EXISTS (SELECT 1 FROM existing) AND NOT EXISTS (SELECT 1 FROM known)
        RETURNING id)
      INSERT INTO "Conversation" ("organizationId", "contactId", "channelType", "channelIdentifier", subject, source,
                                  "connectionId", provider, "emailAccountId")
      SELECT ${organizationId}, contact.id, ${inbound.channelType}::"ChannelType", ${inbound.from},
             ${inbound.subject ?? null}, 'Inbound Message', ${connectionId}, ${thread?.provider ?? null},
             ${thread?.accountId ?? null}
      FROM (SELECT id FROM known UNION ALL SELECT id FROM created) contact
      WHERE NOT EXISTS (SELECT 1 FROM existing)
      RETURNING id`,
      tx,
    );
    const appended = await query<AppendedMessage>(
      appendMessageSql(created[0] ? byId(created[0].id) : conversation, {
        userId: null,
        isIncoming: true,
        body: inbound.body,
        status: "received",
        senderType: "CONTACT",
        attachments: inbound.attachments,
        providerMessageId,
        connectionId,
        threadedBy: thread?.threadedBy,
        automatic: options.automatic,
        email: options.email,
      }),
      tx,
    );
    if (appended[0] && options.alongside) await options.alongside(tx, received(appended[0]));
    // On autopilot, the model's turn comes after the process's quiet delay (lib/ai/autopilot.ts).
    if (appended[0] && !options.automatic) await wakeAutopilot(appended[0].conversationId, tx);
    return appended;
  });
  if (!message) throw new Error("an inbound message found no conversation after creating it");
  return received(message);
}

export const receivedMessageSchema = z.strictObject({
  conversationId: jsonId,
  messageId: jsonId,
  contactId: jsonId.nullable(),
});
export type ReceivedMessage = z.infer<typeof receivedMessageSchema>;

const received = (message: Pick<AppendedMessage, "id" | "conversationId" | "contactId">): ReceivedMessage => ({
  conversationId: message.conversationId,
  messageId: message.id,
  contactId: message.contactId,
});
