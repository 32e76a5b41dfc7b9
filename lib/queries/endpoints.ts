import type { ChannelType } from "@/lib/channels/channel-types";
import type { ContactJson } from "@/lib/contacts/json";
import type { BulkAction } from "@/lib/conversations/bulk-action";
import type { ConversationJson } from "@/lib/conversations/json";
import { type InboxFilters, inboxFilterParams } from "@/lib/inbox/filters";
import type { InboxRowJson } from "@/lib/inbox/json";
import type { MessageJson } from "@/lib/messages/json";
import { apiFetch } from "@/lib/queries/api-client";
import type { ApiTokenJson } from "@/lib/tokens/json";
import type { UserJson } from "@/lib/users/json";

// Every endpoint the browser calls, once: its path, method, body and answer type. Hooks hold only
// cache logic; a failure is an ApiClientError carrying the HTTP status to branch on.

type Signal = { signal?: AbortSignal };

export type InboxPage = { conversations: InboxRowJson[]; nextCursor: string | null };
export type MessagePage = { messages: MessageJson[]; nextCursor: string | null };
export type InboxCounts = { counts: { mine: number; unassigned: number; all: number }; cap: number };

export const getInboxPage = (filters: InboxFilters, cursor: string | undefined, limit: number, { signal }: Signal) =>
  apiFetch<InboxPage>("/api/inbox", {
    query: { ...inboxFilterParams(filters), cursor, limit: String(limit) },
    signal,
  });

export const getInboxCounts = (filters: Omit<InboxFilters, "view">, { signal }: Signal) =>
  apiFetch<InboxCounts>("/api/inbox/counts", { query: inboxFilterParams(filters), signal });

export const getConversation = async (id: string, { signal }: Signal) =>
  (await apiFetch<{ data: ConversationJson }>(`/api/conversation/${id}`, { signal })).data;

export const getMessages = (conversationId: string, before: string | undefined, limit: number, { signal }: Signal) =>
  apiFetch<MessagePage>("/api/conversation/messages", {
    query: { conversationId, limit: String(limit), before },
    signal,
  });

export const getContactConversations = async (contactId: string, channelType: ChannelType, { signal }: Signal) =>
  (
    await apiFetch<{ conversations: ConversationJson[] }>("/api/conversation/all", {
      query: { contactId, channelType },
      signal,
    })
  ).conversations;

export const putResolution = (id: string, isResolved: boolean) =>
  apiFetch(`/api/conversation/${id}/resolve`, { method: "PUT", body: { isResolved } });

export const putAssignees = (id: string, userIds: string[]) =>
  apiFetch<{ data: ConversationJson }>(`/api/conversation/${id}`, { method: "PUT", body: { assignees: userIds } });

export const postSeen = (id: string, seen: boolean) =>
  apiFetch(`/api/conversation/${seen ? "seen" : "unseen"}`, { method: "POST", body: { conversationId: id } });

export const deleteConversation = (id: string) =>
  apiFetch("/api/conversation", { method: "DELETE", body: { conversationId: id } });

export const postBulkAction = (conversationIds: string[], action: BulkAction, userIds?: string[]) =>
  apiFetch<{ updated: number }>("/api/conversation/bulk", {
    method: "POST",
    body: { conversationIds, action, userIds },
  });

export const postReply = async (conversationId: string, body: string) =>
  (
    await apiFetch<{ data: MessageJson }>(`/api/conversation/${conversationId}/messages`, {
      method: "POST",
      body: { body },
    })
  ).data;

export const getUsers = async ({ signal }: Signal) =>
  (await apiFetch<{ users: UserJson[] }>("/api/users", { signal })).users;

export const getContact = async (id: string, { signal }: Signal) =>
  (await apiFetch<{ data: ContactJson }>(`/api/contacts/${id}`, { signal })).data;

export const getApiTokens = async ({ signal }: Signal) =>
  (await apiFetch<{ tokens: ApiTokenJson[] }>("/api/tokens", { signal })).tokens;

export const postApiToken = (name: string) =>
  apiFetch<{ token: string; data: ApiTokenJson }>("/api/tokens", { method: "POST", body: { name } });

export const deleteApiToken = (id: string) => apiFetch(`/api/tokens/${id}`, { method: "DELETE" });
