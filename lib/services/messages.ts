import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ApiError, conversationNotFound } from "@/lib/http/api-error";
import { accessibleConversationWhere } from "@/lib/services/access";

export const messageInclude = {
  user: { select: { id: true, fullName: true } },
} satisfies Prisma.MessageInclude;

export type MessageRow = Prisma.MessageGetPayload<{ include: typeof messageInclude }>;

/**
 * A conversation's messages, oldest first. Without a limit: all of them. With one: the newest
 * `limit` messages older than `before` (keyset on createdAt then id, never OFFSET), still oldest
 * first, and nextCursor, the id to pass as `before` for the page before this one, or null.
 */
export async function listMessages(options: {
  viewer: Viewer;
  conversationId: string;
  limit?: number;
  before?: string;
}): Promise<{ messages: MessageRow[]; nextCursor?: string | null }> {
  const { viewer, conversationId, limit, before } = options;
  const conversation = await db.conversation.findFirst({
    where: { id: conversationId, ...accessibleConversationWhere(viewer) },
    select: { id: true },
  });
  if (!conversation) throw conversationNotFound();

  if (limit === undefined) {
    const messages = await db.message.findMany({
      where: { conversationId },
      include: messageInclude,
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    });
    return { messages };
  }

  const where: Prisma.MessageWhereInput = { conversationId };
  if (before) {
    const cursor = await db.message.findFirst({
      where: { id: before, conversationId },
      select: { id: true, createdAt: true },
    });
    if (!cursor) throw new ApiError("bad_request", "before: no such message in this conversation");
    where.OR = [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { lt: cursor.id } }];
  }
  const newestFirst = await db.message.findMany({
    where,
    include: messageInclude,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit + 1,
  });
  const hasMore = newestFirst.length > limit;
  const page = newestFirst.slice(0, limit).reverse();
  return { messages: page, nextCursor: hasMore ? (page[0]?.id ?? null) : null };
}
