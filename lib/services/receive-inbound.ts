import "server-only";
import { db, type Tx } from "@/lib/db";
import { hashToken } from "@/lib/domain/api-token";
import type { ChannelType } from "@/lib/generated/prisma/enums";
import { ApiError } from "@/lib/http/api-error";

type Inbound = {
  channelType: ChannelType;
  from: string;
  body: string;
  contactName?: string;
  subject?: string;
  attachments: { url: string; name?: string; contentType?: string; size?: number }[];
};

/** The organization whose inbound secret this is, or 401. */
export async function organizationForInboundSecret(secret: string | null) {
  const organization = secret
    ? await db.organization.findUnique({ where: { inboundSecretHash: hashToken(secret) }, select: { id: true } })
    : null;
  if (!organization) throw new ApiError("unauthorized", "Unauthorized");
  return organization;
}

/**
 * Records a message a contact sent: finds or creates the contact and the conversation for that
 * address, adds the message, moves latestMessage, lastMessageTime and messageCount, makes it
 * unseen for everyone and reopens it if it was resolved, all in one transaction. Deliveries for
 * one address are serialised by an advisory lock, so two arriving at once make one contact and
 * one conversation.
 */
export async function receiveInboundMessage(organizationId: string, inbound: Inbound) {
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`${organizationId}:${inbound.channelType}:${inbound.from}`}))`;
    const existing = await tx.conversation.findFirst({
      where: { organizationId, channelType: inbound.channelType, channelIdentifier: inbound.from },
      orderBy: [{ lastMessageTime: "desc" }, { id: "desc" }],
      select: { id: true, contactId: true, isResolved: true },
    });
    const contactId = existing?.contactId ?? (await findOrCreateContact(tx, organizationId, inbound));
    const conversation =
      existing ??
      (await tx.conversation.create({
        data: {
          organizationId,
          contactId,
          channelType: inbound.channelType,
          channelIdentifier: inbound.from,
          subject: inbound.subject ?? null,
          source: "Inbound Message",
        },
        select: { id: true, contactId: true, isResolved: true },
      }));
    const message = await tx.message.create({
      data: {
        conversationId: conversation.id,
        contactId,
        isIncoming: true,
        body: inbound.body,
        channelType: inbound.channelType,
        channelIdentifier: inbound.from,
        status: "received",
        senderType: "CONTACT",
        attachments: inbound.attachments,
      },
    });
    await tx.conversation.update({
      where: { id: conversation.id },
      data: {
        latestMessageId: message.id,
        lastMessageTime: message.createdAt,
        lastIncomingAt: message.createdAt,
        messageCount: { increment: 1 },
        ...(conversation.isResolved && { isResolved: false, resolvedAt: null, version: { increment: 1 } }),
      },
    });
    return { conversationId: conversation.id, messageId: message.id, contactId };
  });
}

async function findOrCreateContact(tx: Tx, organizationId: string, inbound: Inbound): Promise<string> {
  const field = ({ sms: "phone", email: "email", facebook: "facebookId", webchat: null } as const)[inbound.channelType];
  if (field) {
    const found = await tx.contact.findFirst({
      where: { organizationId, [field]: inbound.from },
      orderBy: { id: "asc" },
      select: { id: true },
    });
    if (found) return found.id;
  }
  const created = await tx.contact.create({
    data: {
      organizationId,
      fullName: inbound.contactName || inbound.from,
      ...(field && { [field]: inbound.from }),
    },
    select: { id: true },
  });
  return created.id;
}
