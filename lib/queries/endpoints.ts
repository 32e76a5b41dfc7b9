import type { InvitationJson, PersonJson } from "@/lib/accounts/json";
import type { ChannelType } from "@/lib/channel-types";
import type { ConnectionJson } from "@/lib/connections/json";
import type { ConnectInput } from "@/lib/connections/schemas";
import type { ContactJson } from "@/lib/contacts/json";
import type { BulkAction } from "@/lib/conversations/bulk-action";
import type { ConversationJson } from "@/lib/conversations/json";
import { type InboxFilters, inboxFilterParams } from "@/lib/inbox/filters";
import type { InboxRowJson } from "@/lib/inbox/json";
import type { MessageJson } from "@/lib/messages/json";
import { apiFetch } from "@/lib/queries/api-client";
import { asRead, asWritten } from "@/lib/queries/newer";
import type { ApiTokenJson } from "@/lib/tokens/json";
import type { UserJson } from "@/lib/users/json";

// Every endpoint the browser calls, once: its path, method, body and answer type. Hooks hold only
// cache logic; a failure is an ApiClientError carrying the HTTP status to branch on. Conversations,
// rows and messages come stamped with their place in this tab's order (lib/queries/newer.ts), so
// that the cache can keep the newer of two copies.

type Signal = { signal?: AbortSignal };

export type InboxPage = { conversations: InboxRowJson[]; nextCursor: string | null };
export type MessagePage = { messages: MessageJson[]; nextCursor: string | null };
export type InboxCounts = { counts: { mine: number; unassigned: number; all: number }; cap: number };

const pageParts = (page: InboxPage) => [page, ...page.conversations];

export const getInboxPage = (filters: InboxFilters, cursor: string | undefined, limit: number, { signal }: Signal) =>
  asRead(
    () =>
      apiFetch<InboxPage>("/api/inbox", {
        query: { ...inboxFilterParams(filters), cursor, limit: String(limit) },
        signal,
      }),
    pageParts,
  );

/** Of these conversations, the ones this list holds, as its rows (a live update's re-read). */
export const getInboxRows = (filters: InboxFilters, ids: string[], { signal }: Signal) =>
  asRead(
    () =>
      apiFetch<InboxPage>("/api/inbox", {
        query: { ...inboxFilterParams(filters), ids: ids.join(","), limit: String(ids.length) },
        signal,
      }),
    pageParts,
  );

export const getInboxCounts = (filters: Omit<InboxFilters, "view">, { signal }: Signal) =>
  apiFetch<InboxCounts>("/api/inbox/counts", { query: inboxFilterParams(filters), signal });

export const getConversation = async (id: string, { signal }: Signal) =>
  (
    await asRead(
      () => apiFetch<{ data: ConversationJson }>(`/api/conversation/${id}`, { signal }),
      (a) => [a.data],
    )
  ).data;

export const getMessages = (conversationId: string, before: string | undefined, limit: number, { signal }: Signal) =>
  asRead(
    () =>
      apiFetch<MessagePage>("/api/conversation/messages", {
        query: { conversationId, limit: String(limit), before },
        signal,
      }),
    (page) => page.messages,
  );

export const getContactConversations = async (contactId: string, channelType: ChannelType, { signal }: Signal) =>
  (
    await asRead(
      () =>
        apiFetch<{ conversations: ConversationJson[] }>("/api/conversation/all", {
          query: { contactId, channelType },
          signal,
        }),
      (answer) => answer.conversations,
    )
  ).conversations;

/** A change of the conversation (reference: "Update conversation"), answered with it as it now is.
 *  With `version` (the __v the change was made on), a conversation changed since is a 409. */
const putConversation = async (id: string, change: { isResolved?: boolean; assignees?: string[]; __v?: number }) =>
  (
    await asWritten(
      () => apiFetch<{ data: ConversationJson }>(`/api/conversation/${id}`, { method: "PUT", body: change }),
      (answer) => [answer.data],
    )
  ).data;

export const putResolution = (id: string, isResolved: boolean) => putConversation(id, { isResolved });

export const putAssignees = (id: string, userIds: string[], version?: number) =>
  putConversation(id, { assignees: userIds, __v: version });

export const postSeen = (id: string, seen: boolean) =>
  apiFetch(`/api/conversation/${seen ? "seen" : "unseen"}`, { method: "POST", body: { conversationId: id } });

export const deleteConversation = (id: string) =>
  apiFetch("/api/conversation", { method: "DELETE", body: { conversationId: id } });

/** Answered with the conversations as they now are. */
export const postBulkAction = (conversationIds: string[], action: BulkAction, userIds?: string[]) =>
  asWritten(
    () =>
      apiFetch<{ updated: number; conversations: ConversationJson[] }>("/api/conversation/bulk", {
        method: "POST",
        body: { conversationIds, action, userIds },
      }),
    (answer) => answer.conversations,
  );

const postMessage = async (path: string, body?: unknown) =>
  (
    await asWritten(
      () => apiFetch<{ data: MessageJson }>(path, { method: "POST", body }),
      (a) => [a.data],
    )
  ).data;

export const postReply = (conversationId: string, body: string) =>
  postMessage(`/api/conversation/${conversationId}/messages`, { body });

export const postRetry = (conversationId: string, messageId: string) =>
  postMessage(`/api/conversation/${conversationId}/messages/${messageId}/retry`);

export const getUsers = async ({ signal }: Signal) =>
  (await apiFetch<{ users: UserJson[] }>("/api/users", { signal })).users;

export const getContact = async (id: string, { signal }: Signal) =>
  (await apiFetch<{ data: ContactJson }>(`/api/contacts/${id}`, { signal })).data;

export const getApiTokens = async ({ signal }: Signal) =>
  (await apiFetch<{ tokens: ApiTokenJson[] }>("/api/tokens", { signal })).tokens;

export const postApiToken = (name: string) =>
  apiFetch<{ token: string; data: ApiTokenJson }>("/api/tokens", { method: "POST", body: { name } });

export const deleteApiToken = (id: string) => apiFetch(`/api/tokens/${id}`, { method: "DELETE" });

// People, invitations and your account. `link` answers carry a link shown once (no SMTP).
export type PeoplePage = { people: PersonJson[]; invitations: InvitationJson[] };
export type Role = PersonJson["role"];

export const getPeople = ({ signal }: Signal) => apiFetch<PeoplePage>("/api/people", { signal });

export const patchPerson = (id: string, change: { role?: Role; active?: boolean }) =>
  apiFetch<{ data: PersonJson }>(`/api/people/${id}`, { method: "PATCH", body: change });

export const postResetLink = (id: string) =>
  apiFetch<{ link: string; expiresInMinutes: number }>(`/api/people/${id}/reset-link`, { method: "POST" });

export const postInvitation = (email: string, role: Role) =>
  apiFetch<{ data: InvitationJson; link: string | null }>("/api/invitations", {
    method: "POST",
    body: { email, role },
  });

export const postInvitationAgain = (id: string) =>
  apiFetch<{ data: InvitationJson; link: string | null }>(`/api/invitations/${id}/send`, { method: "POST" });

export const deleteInvitation = (id: string) => apiFetch(`/api/invitations/${id}`, { method: "DELETE" });

export const patchAccount = (fullName: string) => apiFetch("/api/account", { method: "PATCH", body: { fullName } });

export const postPassword = (currentPassword: string, newPassword: string) =>
  apiFetch<{ data: { email: string } }>("/api/account/password", {
    method: "POST",
    body: { currentPassword, newPassword },
  });

export const deleteSessions = () => apiFetch("/api/account/sessions", { method: "DELETE" });

export const postSetup = (input: { organizationName: string; fullName: string; email: string; password: string }) =>
  apiFetch("/api/setup", { method: "POST", body: input });

export const postAcceptInvitation = (input: { token: string; fullName: string; password: string }) =>
  apiFetch<{ data: { email: string } }>("/api/invitations/accept", { method: "POST", body: input });

export const postResetRequest = (email: string) =>
  apiFetch<{ message: string }>("/api/password-reset", { method: "POST", body: { email } });

export const postResetComplete = (token: string, password: string) =>
  apiFetch<{ data: { email: string } }>("/api/password-reset/complete", { method: "POST", body: { token, password } });

// Channel connections (admins). Secrets go in and never come back.
export const getChannels = async ({ signal }: Signal) =>
  (await apiFetch<{ channels: ConnectionJson[] }>("/api/channels", { signal })).channels;

export const postChannel = (input: ConnectInput) =>
  apiFetch<{ data: ConnectionJson }>("/api/channels", { method: "POST", body: input });

export const patchChannel = (id: string, change: { enabled?: boolean; name?: string; authToken?: string }) =>
  apiFetch<{ data: ConnectionJson }>(`/api/channels/${id}`, { method: "PATCH", body: change });

export const deleteChannel = (id: string) => apiFetch(`/api/channels/${id}`, { method: "DELETE" });

export const postChannelTest = (id: string) =>
  apiFetch<{ ok: boolean; message: string }>(`/api/channels/${id}/test`, { method: "POST" });

export const getConnectedChannels = async ({ signal }: Signal) =>
  (await apiFetch<{ connected: ChannelType[] }>("/api/channels/connected", { signal })).connected;

/** Tells the others on a thread that you are viewing it, typing in it, or have left it (`keepalive`:
 *  as the page goes away). */
export const postPresence = (
  conversationId: string,
  state: "joined" | "viewing" | "typing" | "left",
  { keepalive = false } = {},
) => apiFetch<void>(`/api/conversation/${conversationId}/presence`, { method: "POST", body: { state }, keepalive });

export type DraftJson = { body: string; updatedAt: string } | null;

export const getDraft = async (conversationId: string, { signal }: Signal) =>
  (await apiFetch<{ data: DraftJson }>(`/api/conversation/${conversationId}/draft`, { signal })).data;

/** Saves the viewer's unsent reply (a blank one removes it), as revision `revision` of the composer
 *  `editor`: a save overtaken by a later one of the same composer is not applied. Answers the draft
 *  as it now is. */
export const putDraft = async (
  conversationId: string,
  body: string,
  edit: { editor: string; revision: number },
  { keepalive = false } = {},
) =>
  (
    await apiFetch<{ data: DraftJson }>(`/api/conversation/${conversationId}/draft`, {
      method: "PUT",
      body: { body, ...edit },
      keepalive,
    })
  ).data;
