// The API's JSON as the browser sees it, inferred from the server's serializers (types only).
export type { ConversationJson } from "@/lib/serializers/conversation";
export type { InboxRowJson } from "@/lib/serializers/inbox";
export type { MessageJson } from "@/lib/serializers/message";

import type { serializeApiToken, serializeContact, serializeUser } from "@/lib/serializers/people";
import type { InboxFilters } from "@/lib/validation/inbox";

export type UserJson = ReturnType<typeof serializeUser>;
export type ContactJson = ReturnType<typeof serializeContact>;
export type ApiTokenJson = ReturnType<typeof serializeApiToken>;
export type { InboxFilters };
export type ChannelType = "sms" | "facebook" | "webchat" | "email";
export type InboxCounts = { mine: number; unassigned: number; all: number };
