import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { ApiError, conversationNotFound } from "@/lib/http/api-error";
import { accessibleConversationWhere, canDeleteConversation } from "@/lib/services/access";

/** Deletes a conversation with its messages, assignments and seen states, all in one transaction. */
export async function deleteConversation(options: { viewer: Viewer; conversationId: string }) {
  const { viewer, conversationId } = options;
  await db.$transaction(async (tx) => {
    const conversation = await tx.conversation.findFirst({
      where: { id: conversationId, ...accessibleConversationWhere(viewer) },
      select: { userId: true },
    });
    if (!conversation) throw conversationNotFound();
    if (!canDeleteConversation(viewer, conversation)) {
      throw new ApiError("forbidden", "Only the conversation's owner, a manager or an admin can delete it");
    }
    await tx.message.deleteMany({ where: { conversationId } });
    // Assignments and seen states go by ON DELETE CASCADE within this same statement.
    const { count } = await tx.conversation.deleteMany({
      where: { id: conversationId, organizationId: viewer.organizationId },
    });
    if (count === 0) throw conversationNotFound();
  });
}
