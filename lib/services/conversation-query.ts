import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/** What a serialized conversation needs: populated assignees and the viewer's own seen state. */
export function conversationInclude(viewerId: string) {
  return {
    assignees: {
      // Ties (assigned in one write) in a stable order, the same as lib/serializers/sql.ts.
      orderBy: [{ createdAt: "asc" }, { userId: "asc" }],
      select: { user: { select: { id: true, fullName: true, email: true } } },
    },
    seenStates: { where: { userId: viewerId }, select: { seenAt: true, markedUnseen: true } },
  } satisfies Prisma.ConversationInclude;
}

export type ConversationRow = Prisma.ConversationGetPayload<{
  include: ReturnType<typeof conversationInclude>;
}>;
