import type { SenderType } from "@/lib/generated/prisma/enums";
import type { ConversationJson } from "@/lib/serializers/conversation";

/** An inbox row, as inboxRowJson (lib/serializers/sql.ts) builds it: the conversation object plus a
 *  contact summary and a preview of its latest message. */
export type InboxRowJson = ConversationJson & {
  contact: { _id: string; fullName: string; phone: string | null; email: string | null };
  preview: {
    _id: string;
    body: string;
    isIncoming: boolean;
    senderType: SenderType;
    automationName: string | null;
    actions: string[];
    attachmentCount: number;
    createdAt: string;
  } | null;
};
