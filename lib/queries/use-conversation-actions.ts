"use client";
import { type InfiniteData, type QueryClient, type QueryKey, useMutation, useQueryClient } from "@tanstack/react-query";
import { toast } from "sonner";
import { applyBulkAction, type BulkAction } from "@/lib/conversations/bulk-action";
import type { ConversationJson } from "@/lib/conversations/json";
import { ApiClientError } from "@/lib/queries/api-client";
import {
  deleteConversation,
  getConversation,
  type InboxPage,
  type MessagePage,
  postBulkAction,
  postReply,
  postRetry,
  postSeen,
  putAssignees,
  putResolution,
} from "@/lib/queries/endpoints";
import { conversationKeys, userKeys } from "@/lib/queries/keys";
import { eventsWillConfirm } from "@/lib/queries/live-status";
import {
  appendNewestMessage,
  mapRows,
  removeRows,
  withAssignees,
  withResolved,
  withUpdatedFlag,
} from "@/lib/queries/transforms";
import type { UserJson } from "@/lib/users/json";

type Change = <C extends ConversationJson>(conversation: C) => C;

// Every optimistic conversation write carries this key, so that a settling write can tell whether
// others are still in flight.
export const conversationWriteKey = ["conversation-write"] as const;

/**
 * The one shape of every optimistic conversation write: drop in-flight reads, snapshot, apply a
 * pure transform to the lists and the detail, roll back with a visible error if the server
 * refuses; once settled, the write's live events re-read what it changed (or, without them, the
 * family is refetched).
 */
function useOptimisticConversationMutation<Vars>(options: {
  mutationFn: (vars: Vars) => Promise<unknown>;
  ids: (vars: Vars) => string[];
  change?: (vars: Vars) => Change;
  remove?: boolean;
  failure: string;
  /** Shows a failure its own way (a conflict offering to re-apply) instead of the plain toast. */
  explain?: (error: Error, vars: Vars) => boolean;
  /** Writes of one scope run one after another, each on the state the previous left. */
  scope?: string;
}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: conversationWriteKey,
    scope: options.scope ? { id: options.scope } : undefined,
    mutationFn: options.mutationFn,
    onMutate: async (vars) => {
      const ids = new Set(options.ids(vars));
      // Only what this write changes: lists and these conversations (a thread's messages loading
      // meanwhile are left alone).
      const touched = [conversationKeys.lists(), ...[...ids].map((id) => conversationKeys.detail(id))];
      // A read in flight would land over the change with what it read before: it is dropped, its
      // query back as it was, and read again once the writes have landed. One still loading for
      // the first time has nothing to change and is left to finish (cancelling it left the list
      // showing an error).
      const interrupted = touched.flatMap((queryKey) =>
        queryClient
          .getQueryCache()
          .findAll({ queryKey, fetchStatus: "fetching", predicate: (query) => query.state.data !== undefined }),
      );
      const cancelled = interrupted.map((query) =>
        queryClient.cancelQueries({ queryKey: query.queryKey, exact: true }),
      );
      // Then the cache changes at once, so the control the person just used shows the new state.
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
      await Promise.all(cancelled);
      return { snapshot, interrupted: interrupted.map((query) => query.queryKey) };
    },
    onError: (error, vars, context) => {
      for (const [key, data] of context?.snapshot ?? []) queryClient.setQueryData(key as QueryKey, data);
      if (options.explain?.(error, vars)) return;
      toast.error(options.failure, { description: error.message });
    },
    onSettled: (_data, error, _vars, context) => {
      const reread = rereadAfterWrites(queryClient);
      for (const queryKey of context?.interrupted ?? []) reread.add(queryKey);
      // Only the last write to settle reads again, for all of them (only what is on screen refetches
      // at once). A read while another write is in flight would bring back the state between the
      // two over that write's optimistic change: a box just unticked would tick itself again.
      if (queryClient.isMutating({ mutationKey: conversationWriteKey }) > 1) return;
      const keys = [...reread];
      reread.clear();
      // With the live stream up, what the writes changed comes back as their events, each
      // re-reading only that (lib/queries/live-events.ts, which holds them until the writes have
      // landed): only the reads they interrupted are made again.
      if (eventsWillConfirm(error)) {
        for (const queryKey of keys) queryClient.invalidateQueries({ queryKey, exact: true });
        return;
      }
      for (const queryKey of [
        conversationKeys.lists(),
        conversationKeys.allCounts(),
        conversationKeys.allByContact(),
        conversationKeys.details(),
        userKeys.all,
      ]) {
        queryClient.invalidateQueries({ queryKey });
      }
    },
  });
}

/** Reads that writes interrupted, made again when the last of them settles (one set per cache). */
const interruptedReads = new WeakMap<QueryClient, Set<QueryKey>>();
function rereadAfterWrites(queryClient: QueryClient): Set<QueryKey> {
  const reads = interruptedReads.get(queryClient) ?? new Set<QueryKey>();
  interruptedReads.set(queryClient, reads);
  return reads;
}

export function useResolveConversation() {
  return useOptimisticConversationMutation({
    mutationFn: ({ id, isResolved }: { id: string; isResolved: boolean }) => putResolution(id, isResolved),
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
    mutationFn: ({ id, seen }: { id: string; seen: boolean }) => postSeen(id, seen),
    ids: ({ id }) => [id],
    change:
      ({ seen }) =>
      (c) =>
        withUpdatedFlag(c, !seen),
    failure: "Could not change the seen state",
  });
}

type AssigneeChange = {
  id: string;
  /** The person ticked or unticked, and whether they are now assigned. */
  userId: string;
  assign: boolean;
  /** The assignees and __v the person saw when they made the change. */
  assignees: string[];
  version: number;
};

/**
 * The assignee picker's change, made on the version the person saw: a colleague's change since is
 * a 409, shown with who made it and an offer to apply this one on top of theirs, never silently
 * overwritten. One at a time, so that quick successive ticks each build on the last.
 */
export function useSetAssignees(users: UserJson[]) {
  const queryClient = useQueryClient();
  const mutation = useOptimisticConversationMutation({
    mutationFn: (change: AssigneeChange) => putAssignees(change.id, toggled(change.assignees, change), change.version),
    ids: ({ id }) => [id],
    change: (change) => (c) => ({
      ...withAssignees(c, toggled(change.assignees, change), users),
      __v: change.version + 1,
    }),
    failure: "Could not change the assignees",
    scope: "assignees",
    explain: (error, change) => {
      if (!(error instanceof ApiClientError) || error.status !== 409) return false;
      const who = users.find((u) => u._id === change.userId)?.fullName ?? "this person";
      toast.warning("Someone else changed the assignees first", {
        description: `${error.message.replace(/\. Reload it and try again\.$/, "")}. Yours (${change.assign ? "assign" : "unassign"} ${who}) was not applied.`,
        duration: 15_000,
        action: {
          label: `${change.assign ? "Assign" : "Unassign"} anyway`,
          onClick: async () => {
            // Re-applied on the conversation as it is now: their change stays, yours joins it.
            const now = await queryClient.fetchQuery({
              queryKey: conversationKeys.detail(change.id),
              queryFn: ({ signal }) => getConversation(change.id, { signal }),
              staleTime: 0,
            });
            mutation.mutate({ ...change, assignees: now.assignees.map((a) => a._id), version: now.__v });
          },
        },
      });
      return true;
    },
  });
  return mutation;
}

const toggled = (assignees: string[], { userId, assign }: Pick<AssigneeChange, "userId" | "assign">) =>
  assign ? [...assignees.filter((id) => id !== userId), userId] : assignees.filter((id) => id !== userId);

export function useDeleteConversation() {
  return useOptimisticConversationMutation({
    mutationFn: ({ id }: { id: string }) => deleteConversation(id),
    ids: ({ id }) => [id],
    remove: true,
    failure: "Could not delete the conversation",
  });
}

export function useBulkUpdate(users: UserJson[]) {
  return useOptimisticConversationMutation({
    mutationFn: (vars: { ids: string[]; action: BulkAction; userIds?: string[] }) =>
      postBulkAction(vars.ids, vars.action, vars.userIds),
    ids: ({ ids }) => ids,
    change:
      ({ action, userIds = [] }) =>
      (c) => {
        // The server's own rule, applied to the cached copy.
        const changes = applyBulkAction(
          c.assignees.map((a) => a._id),
          action,
          userIds,
        );
        const assigned = changes.assignees ? withAssignees(c, changes.assignees, users) : c;
        return changes.isResolved === undefined ? assigned : withResolved(assigned, changes.isResolved);
      },
    failure: "Could not update the selected conversations",
  });
}

/** Sends a reply; on success the message joins the newest page of the thread. */
export function useSendReply(conversationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: string) => postReply(conversationId, body),
    onSuccess: (message) => {
      queryClient.setQueryData<InfiniteData<MessagePage>>(conversationKeys.messages(conversationId), (pages) =>
        appendNewestMessage(pages, message),
      );
    },
    onSettled: (_data, error) => {
      if (eventsWillConfirm(error)) return; // its events update the thread's rows and header
      queryClient.invalidateQueries({ queryKey: conversationKeys.lists() });
      queryClient.invalidateQueries({ queryKey: conversationKeys.detail(conversationId) });
    },
  });
}

/** Sends a failed reply again; the timeline then shows it as the server has it. */
export function useRetryReply(conversationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (messageId: string) => postRetry(conversationId, messageId),
    onError: (error) => toast.error("Could not retry", { description: error.message }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: conversationKeys.messages(conversationId) }),
  });
}
