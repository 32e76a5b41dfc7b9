import { serializeConversation } from "@/lib/serializers/conversation";
import type { InboxRow } from "@/lib/services/inbox";

/** An inbox row: the conversation object plus a contact summary and a preview of its latest message. */
export function serializeInboxRow(row: InboxRow) {
  const { contact, preview } = row;
  return {
    ...serializeConversation(row),
    contact: { _id: contact.id, fullName: contact.fullName, phone: contact.phone, email: contact.email },
    preview: preview && {
      _id: preview.id,
      body: preview.body,
      isIncoming: preview.isIncoming,
      senderType: preview.senderType,
      automationName: preview.automationName,
      actions: preview.actions,
      attachmentCount: Array.isArray(preview.attachments) ? preview.attachments.length : 0,
      createdAt: preview.createdAt.toISOString(),
    },
  };
}

export type InboxRowJson = ReturnType<typeof serializeInboxRow>;
