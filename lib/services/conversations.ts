import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import type { ChannelType } from "@/lib/generated/prisma/enums";
import { ApiError, conversationNotFound } from "@/lib/http/api-error";
import { accessibleConversationWhere } from "@/lib/services/access";
import { conversationInclude, newestFirst } from "@/lib/services/conversation-query";

export async function getConversation(options: { viewer: Viewer; conversationId: string }) {
  const conversation = await db.conversation.findFirst({
    where: { id: options.conversationId, ...accessibleConversationWhere(options.viewer) },
    include: conversationInclude(options.viewer.userId),
  });
  if (!conversation) throw conversationNotFound();
  return conversation;
}

/** A contact's conversations on one channel that the viewer may access, newest activity first. */
export async function listContactConversations(options: {
  viewer: Viewer;
  contactId: string;
  channelType: ChannelType;
}) {
  const { viewer, contactId, channelType } = options;
  const [contact, conversations] = await Promise.all([
    db.contact.findFirst({ where: { id: contactId, organizationId: viewer.organizationId }, select: { id: true } }),
    db.conversation.findMany({
      where: { contactId, channelType, ...accessibleConversationWhere(viewer) },
      include: conversationInclude(viewer.userId),
      orderBy: newestFirst,
    }),
  ]);
  if (!contact) throw new ApiError("not_found", "Contact not found");
  return conversations;
}
