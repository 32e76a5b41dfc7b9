import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { providerFor } from "@/lib/channels/provider";
import { db } from "@/lib/db";
import { ApiError, conversationNotFound } from "@/lib/http/api-error";
import { accessibleConversationWhere } from "@/lib/services/access";
import { messageInclude } from "@/lib/services/messages";

/**
 * Sends the viewer's reply into a conversation: records it (queued) and moves the conversation's
 * latest message in one transaction, then hands it to the channel's provider outside of it (never
 * hold a transaction across a network call) and records what the provider reports.
 */
export async function sendReply(options: { viewer: Viewer; conversationId: string; body: string }) {
  const { viewer, conversationId, body } = options;
  const message = await db.$transaction(async (tx) => {
    const conversation = await tx.conversation.findFirst({
      where: { id: conversationId, ...accessibleConversationWhere(viewer) },
      select: { id: true, contactId: true, channelType: true, channelIdentifier: true },
    });
    if (!conversation) throw conversationNotFound();
    const created = await tx.message.create({
      data: {
        conversationId,
        contactId: conversation.contactId,
        userId: viewer.userId,
        isIncoming: false,
        body,
        channelType: conversation.channelType,
        channelIdentifier: conversation.channelIdentifier,
        status: "queued",
        senderType: "USER",
      },
    });
    await tx.conversation.update({
      where: { id: conversationId },
      data: { latestMessageId: created.id, lastMessageTime: created.createdAt, messageCount: { increment: 1 } },
    });
    // Whoever replies has read the thread.
    const key = { userId: viewer.userId, conversationId };
    await tx.conversationSeen.upsert({
      where: { userId_conversationId: key },
      create: { ...key, seenAt: new Date(), markedUnseen: false },
      update: { seenAt: new Date(), markedUnseen: false },
    });
    return created;
  });

  const provider = providerFor(message.channelType);
  try {
    await provider.send(message, async (status) => {
      await db.message.update({ where: { id: message.id }, data: { status } });
    });
  } catch (error) {
    await db.message.update({ where: { id: message.id }, data: { status: "failed" } });
    const reason = error instanceof Error ? error.message : "unknown error";
    throw new ApiError("channel_provider_failed", `The ${provider.name} provider did not take the message: ${reason}`);
  }
  return db.message.findUniqueOrThrow({ where: { id: message.id }, include: messageInclude });
}
