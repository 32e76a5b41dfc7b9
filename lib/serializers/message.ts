import type { MessageRow } from "@/lib/services/messages";

/** A message as the reference shows it; systemStamp carries type and automationName only when set. */
export function serializeMessage(row: MessageRow) {
  return {
    _id: row.id,
    isIncoming: row.isIncoming,
    body: row.body,
    channelType: row.channelType,
    channelIdentifier: row.channelIdentifier,
    status: row.status,
    senderType: row.senderType,
    userId: row.user ? { _id: row.user.id, fullName: row.user.fullName } : null,
    contactId: row.contactId,
    attachments: Array.isArray(row.attachments) ? row.attachments : [],
    systemStamp: {
      ...(row.stampType !== null && { type: row.stampType }),
      ...(row.automationName !== null && { automationName: row.automationName }),
      fieldsExtracted: row.fieldsExtracted,
      actions: row.actions,
    },
    createdAt: row.createdAt.toISOString(),
  };
}

export type MessageJson = ReturnType<typeof serializeMessage>;
