import { isUpdatedFor } from "@/lib/domain/seen";
import type { ConversationRow } from "@/lib/services/conversation-query";

const iso = (date: Date | null) => (date ? date.toISOString() : null);

/** A conversation as the reference shows it: `_id`, populated assignees, nulls never missing. */
export function serializeConversation(row: ConversationRow) {
  return {
    _id: row.id,
    organizationId: row.organizationId,
    userId: row.userId,
    assignees: row.assignees.map(({ user }) => ({ _id: user.id, fullName: user.fullName, email: user.email })),
    channelType: row.channelType,
    channelIdentifier: row.channelIdentifier,
    latestMessage: row.latestMessageId,
    lastMessageTime: iso(row.lastMessageTime),
    isResolved: row.isResolved,
    resolvedAt: iso(row.resolvedAt),
    subject: row.subject,
    provider: row.provider,
    emailAccountId: row.emailAccountId,
    participants: row.participants ?? null,
    isDraft: row.isDraft,
    messageCount: row.messageCount,
    contactId: row.contactId,
    process: row.process,
    isAutopilot: row.isAutopilot,
    source: row.source,
    leadSource: row.leadSource,
    isUpdated: isUpdatedFor(row, row.seenStates[0]),
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
    __v: row.version,
  };
}

export type ConversationJson = ReturnType<typeof serializeConversation>;
