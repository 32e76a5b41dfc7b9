// The contract's route modules, imported once for the API tests.

export * as contact from "@/app/api/contacts/[id]/route";
export * as contacts from "@/app/api/contacts/route";
export * as exportConversation from "@/app/api/conversation/[id]/export/route";
export * as labels from "@/app/api/conversation/[id]/labels/route";
export * as retry from "@/app/api/conversation/[id]/messages/[messageId]/retry/route";
export * as reply from "@/app/api/conversation/[id]/messages/route";
export * as note from "@/app/api/conversation/[id]/notes/[messageId]/route";
export * as notes from "@/app/api/conversation/[id]/notes/route";
export * as resolve from "@/app/api/conversation/[id]/resolve/route";
export * as conversation from "@/app/api/conversation/[id]/route";
export * as snooze from "@/app/api/conversation/[id]/snooze/route";
export * as byContact from "@/app/api/conversation/all/route";
export * as bulk from "@/app/api/conversation/bulk/route";
export * as messages from "@/app/api/conversation/messages/route";
export * as remove from "@/app/api/conversation/route";
export * as seen from "@/app/api/conversation/seen/route";
export * as unseen from "@/app/api/conversation/unseen/route";
export * as inboxCounts from "@/app/api/inbox/counts/route";
export * as inbox from "@/app/api/inbox/route";
export * as token from "@/app/api/tokens/[id]/route";
export * as tokens from "@/app/api/tokens/route";
export * as users from "@/app/api/users/route";
export * as inbound from "@/app/api/webhooks/inbound/route";
