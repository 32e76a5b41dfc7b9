import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { conversationNotFound } from "@/lib/http/api-error";
import { accessibleConversationWhere } from "@/lib/services/access";

export async function markConversationSeen(options: { viewer: Viewer; conversationId: string }) {
  await assertAccessible(options);
  const key = { userId: options.viewer.userId, conversationId: options.conversationId };
  const state = { seenAt: new Date(), markedUnseen: false };
  await db.conversationSeen.upsert({
    where: { userId_conversationId: key },
    create: { ...key, ...state },
    update: state,
  });
}

export async function markConversationUnseen(options: { viewer: Viewer; conversationId: string }) {
  await assertAccessible(options);
  const key = { userId: options.viewer.userId, conversationId: options.conversationId };
  await db.conversationSeen.upsert({
    where: { userId_conversationId: key },
    create: { ...key, markedUnseen: true },
    update: { markedUnseen: true },
  });
}

async function assertAccessible(options: { viewer: Viewer; conversationId: string }) {
  const found = await db.conversation.findFirst({
    where: { id: options.conversationId, ...accessibleConversationWhere(options.viewer) },
    select: { id: true },
  });
  if (!found) throw conversationNotFound();
}
