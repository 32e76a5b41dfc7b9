"use client";
import { type InfiniteData, type QueryKey, useMutation, useQueryClient } from "@tanstack/react-query";
import { toast } from "sonner";
import { apiFetch } from "@/lib/queries/api-client";
import { conversationKeys, userKeys } from "@/lib/queries/keys";
import { mapRows, removeRows, withAssignees, withResolved, withUpdatedFlag } from "@/lib/queries/transforms";
import type { ConversationJson, MessageJson, UserJson } from "@/lib/queries/types";
import type { MessagePage } from "@/lib/queries/use-conversation";
import type { InboxPage } from "@/lib/queries/use-inbox";

type Change = <C extends ConversationJson>(conversation: C) => C;

/**
 * The one shape of every optimistic conversation write: cancel in-flight reads, snapshot, apply
 * a pure transform to the lists and the detail, roll back with a visible error if the server
 * refuses, and refetch the family once settled.
 */
function useOptimisticConversationMutation<Vars>(options: {
  mutationFn: (vars: Vars) => Promise<unknown>;
  ids: (vars: Vars) => string[];
  change?: (vars: Vars) => Change;
  remove?: boolean;
  failure: string;
}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: options.mutationFn,
    onMutate: async (vars) => {
      const ids = new Set(options.ids(vars));
      // Only what this write changes: lists and these conversations (a thread's messages loading
      // meanwhile are left alone). The cache changes first, so the control the person just used
      // shows the new state at once; reads in flight are then dropped without reverting it.
      const touched = [conversationKeys.lists(), ...[...ids].map((id) => conversationKeys.detail(id))];
      const snapshot = touched.flatMap((queryKey) => queryClient.getQueriesData({ queryKey }));
      const change = options.change?.(vars);
      queryClient.setQueriesData<InfiniteData<InboxPage>>({ queryKey: conversationKeys.lists() }, (data) =>
        options.remove ? removeRows(data, ids) : change ? mapRows(data, ids, change) : data,
      );
      for (const id of ids) {
        queryClient.setQueryData<ConversationJson>(conversationKeys.detail(id), (current) =>
          current && change ? change(current) : current,
        );
      }
      await Promise.all(touched.map((queryKey) => queryClient.cancelQueries({ queryKey }, { revert: false })));
      return { snapshot };
    },
    onError: (error, _vars, context) => {
      for (const [key, data] of context?.snapshot ?? []) queryClient.setQueryData(key as QueryKey, data);
      toast.error(options.failure, { description: error.message });
    },
    onSettled: (_data, _error, vars) => {
      const ids = options.ids(vars);
      for (const queryKey of [
        conversationKeys.lists(),
        conversationKeys.allCounts(),
        conversationKeys.allByContact(),
        userKeys.all,
      ]) {
        queryClient.invalidateQueries({ queryKey });
      }
      for (const id of ids) queryClient.invalidateQueries({ queryKey: conversationKeys.detail(id) });
    },
  });
}

export function useResolveConversation() {
  return useOptimisticConversationMutation({
    mutationFn: ({ id, isResolved }: { id: string; isResolved: boolean }) =>
      apiFetch(`/api/conversation/${id}/resolve`, { method: "PUT", body: { isResolved } }),
    ids: ({ id }) => [id],
    change:
      ({ isResolved }) =>
      (c) =>
        withResolved(c, isResolved),
    failure: "Could not change the resolution",
  });
}

export function useSetSeen() {
  return useOptimisticConversationMutation({
    mutationFn: ({ id, seen }: { id: string; seen: boolean }) =>
      apiFetch(`/api/conversation/${seen ? "seen" : "unseen"}`, { method: "POST", body: { conversationId: id } }),
    ids: ({ id }) => [id],
    change:
      ({ seen }) =>
      (c) =>
        withUpdatedFlag(c, !seen),
    failure: "Could not change the seen state",
  });
}

export function useSetAssignees(users: UserJson[]) {
  return useOptimisticConversationMutation({
    mutationFn: ({ id, userIds }: { id: string; userIds: string[] }) =>
      apiFetch(`/api/conversation/${id}`, { method: "PUT", body: { assignees: userIds } }),
    ids: ({ id }) => [id],
    change:
      ({ userIds }) =>
      (c) =>
        withAssignees(c, userIds, users),
    failure: "Could not change the assignees",
  });
}

export function useDeleteConversation() {
  return useOptimisticConversationMutation({
    mutationFn: ({ id }: { id: string }) =>
      apiFetch("/api/conversation", { method: "DELETE", body: { conversationId: id } }),
    ids: ({ id }) => [id],
    remove: true,
    failure: "Could not delete the conversation",
  });
}

export type BulkAction = "assign" | "unassign" | "resolve" | "reopen";

export function useBulkUpdate(users: UserJson[]) {
  return useOptimisticConversationMutation({
    mutationFn: (vars: { ids: string[]; action: BulkAction; userIds?: string[] }) =>
      apiFetch("/api/conversation/bulk", {
        method: "POST",
        body: { conversationIds: vars.ids, action: vars.action, userIds: vars.userIds },
      }),
    ids: ({ ids }) => ids,
    change:
      ({ action, userIds = [] }) =>
      (c) => {
        const current = c.assignees.map((a) => a._id);
        if (action === "resolve" || action === "reopen") return withResolved(c, action === "resolve");
        if (action === "assign") return withAssignees(c, [...new Set([...current, ...userIds])], users);
        return withAssignees(c, userIds.length ? current.filter((id) => !userIds.includes(id)) : [], users);
      },
    failure: "Could not update the selected conversations",
  });
}

/** Sends a reply; on success the message joins the newest page of the thread. */
export function useSendReply(conversationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: string) =>
      apiFetch<{ data: MessageJson }>(`/api/conversation/${conversationId}/messages`, {
        method: "POST",
        body: { body },
      }),
    onSuccess: ({ data }) => {
      queryClient.setQueryData<InfiniteData<MessagePage>>(conversationKeys.messages(conversationId), (pages) => {
        if (!pages?.pages[0]) return pages;
        const [newest, ...older] = pages.pages;
        return { ...pages, pages: [{ ...newest, messages: [...newest.messages, data] }, ...older] };
      });
    },
    onSettled: () => {
      queryClient.invalidateQueries({ queryKey: conversationKeys.lists() });
      queryClient.invalidateQueries({ queryKey: conversationKeys.detail(conversationId) });
    },
  });
}
