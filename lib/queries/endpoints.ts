import type { ActivityPage, AuditGroup, AuditPage } from "@/lib/activity/schemas";
import type { ChannelType } from "@/lib/channel-types";
import type { ContactJson } from "@/lib/contacts/json";
import type { BulkAction } from "@/lib/conversations/bulk-action";
import type { ConversationJson } from "@/lib/conversations/json";
import type { SnoozeSpec } from "@/lib/conversations/schemas";
import { type InboxFilters, inboxFilterParams } from "@/lib/inbox/filters";
import type { InboxRowJson } from "@/lib/inbox/json";
import type { MessageJson } from "@/lib/messages/json";
import type { ReplyEmail } from "@/lib/messages/schemas";
import type { MentionsPage } from "@/lib/notes/schemas";
import { apiFetch } from "@/lib/queries/api-client";
import { asRead, asWritten } from "@/lib/queries/newer";
import type { ReportDimension, ReportJson } from "@/lib/reports/schemas";
import type { UserJson } from "@/lib/users/json";

// Every endpoint the browser calls, once: its path, method, body and answer type. Hooks hold only
// cache logic; a failure is an ApiClientError carrying the HTTP status to branch on. Conversations,
// rows and messages come stamped with their place in this tab's order (lib/queries/newer.ts), so
// that the cache can keep the newer of two copies.

export type Signal = { signal?: AbortSignal };

export type AuditFilters = { group?: AuditGroup | ""; actor?: string; from?: string; to?: string };

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
const putConversation = async (
  id: string,
  change: { isResolved?: boolean; assignees?: string[]; isAutopilot?: boolean; process?: string | null; __v?: number },
) =>
  (
    await asWritten(
      () => apiFetch<{ data: ConversationJson }>(`/api/conversation/${id}`, { method: "PUT", body: change }),
      (answer) => [answer.data],
    )
  ).data;

export const putResolution = (id: string, isResolved: boolean) => putConversation(id, { isResolved });

export const putAssignees = (id: string, userIds: string[], version?: number) =>
  putConversation(id, { assignees: userIds, __v: version });

/** Autopilot on with a process, or off (Take over). */
export const putAutopilot = (id: string, change: { isAutopilot: boolean; process?: string | null }) =>
  putConversation(id, change);

/** All of a conversation's labels, answered with it as it now is. */
export const putLabels = async (id: string, labelIds: string[]) =>
  (
    await asWritten(
      () =>
        apiFetch<{ data: ConversationJson }>(`/api/conversation/${id}/labels`, { method: "PUT", body: { labelIds } }),
      (answer) => [answer.data],
    )
  ).data;

/** Snoozes (a spec) or wakes (null) a conversation, answered with it as it now is. */
export const putSnooze = async (id: string, snooze: SnoozeSpec | null) =>
  (
    await asWritten(
      () =>
        apiFetch<{ data: ConversationJson }>(`/api/conversation/${id}/snooze`, {
          method: snooze ? "PUT" : "DELETE",
          body: snooze ?? undefined,
        }),
      (answer) => [answer.data],
    )
  ).data;

export const postSeen = (id: string, seen: boolean) =>
  apiFetch(`/api/conversation/${seen ? "seen" : "unseen"}`, { method: "POST", body: { conversationId: id } });

export const deleteConversation = (id: string) =>
  apiFetch("/api/conversation", { method: "DELETE", body: { conversationId: id } });

/** Answered with the conversations as they now are. */
export const postBulkAction = (
  conversationIds: string[],
  action: BulkAction,
  userIds?: string[],
  labelIds?: string[],
  snooze?: SnoozeSpec,
) =>
  asWritten(
    () =>
      apiFetch<{ updated: number; conversations: ConversationJson[] }>("/api/conversation/bulk", {
        method: "POST",
        body: { conversationIds, action, userIds, labelIds, snooze },
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

/** A reply; an email's may name its own addresses and subject. */
export type Reply = { body: string; attachments: string[]; email?: ReplyEmail };

export const postReply = (conversationId: string, reply: Reply) =>
  postMessage(`/api/conversation/${conversationId}/messages`, reply);

export const auditParams = (filters: AuditFilters) =>
  Object.fromEntries(Object.entries(filters).filter(([, value]) => value)) as Record<string, string>;

export const getAudit = (filters: AuditFilters, cursor: string | undefined, { signal }: Signal) =>
  apiFetch<AuditPage>("/api/audit", { query: { ...auditParams(filters), ...(cursor ? { cursor } : {}) }, signal });

export const getActivity = (conversationId: string, { signal }: Signal) =>
  apiFetch<ActivityPage>(`/api/conversation/${conversationId}/activity`, { signal });

export const postNote = (conversationId: string, note: { body: string; mentions: string[] }) =>
  postMessage(`/api/conversation/${conversationId}/notes`, note);

export const deleteNote = (conversationId: string, messageId: string) =>
  apiFetch<{ message: string }>(`/api/conversation/${conversationId}/notes/${messageId}`, { method: "DELETE" });

export const getMentions = (cursor: string | undefined, { signal }: Signal) =>
  apiFetch<MentionsPage>("/api/mentions", { query: cursor ? { cursor } : {}, signal });

export const postMentionsRead = (conversationId?: string) =>
  apiFetch<{ unread: number }>("/api/mentions/read", {
    method: "POST",
    body: conversationId ? { conversationId } : {},
  });

export const postRetry = (conversationId: string, messageId: string) =>
  postMessage(`/api/conversation/${conversationId}/messages/${messageId}/retry`);

export const getUsers = async ({ signal }: Signal) =>
  (await apiFetch<{ users: UserJson[] }>("/api/users", { signal })).users;

export const getReport = async (period: { from: string; to: string; by: ReportDimension }, { signal }: Signal) =>
  (await apiFetch<{ data: ReportJson }>("/api/reports", { query: period, signal })).data;

export const getContact = async (id: string, { signal }: Signal) =>
  (await apiFetch<{ data: ContactJson }>(`/api/contacts/${id}`, { signal })).data;

/** A new email conversation with a contact: a draft until its first message is sent. */
export const startEmail = async (contactId: string, subject: string) =>
  (
    await apiFetch<{ data: ConversationJson }>(`/api/contacts/${contactId}/email`, {
      method: "POST",
      body: { subject },
    })
  ).data;

/** Sets (or, with null, removes) a contact's attributes. */
export const patchContactAttributes = async (
  id: string,
  attributes: Record<string, string | number | boolean | null>,
) => (await apiFetch<{ data: ContactJson }>(`/api/contacts/${id}`, { method: "PATCH", body: { attributes } })).data;

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
