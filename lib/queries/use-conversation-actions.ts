"use client";
import { type QueryClient, useMutation, useQueryClient } from "@tanstack/react-query";
import { toast } from "sonner";
import { applyBulkAction, type BulkAction } from "@/lib/conversations/bulk-action";
import type { SnoozeSpec } from "@/lib/conversations/schemas";
import type { LabelRefJson } from "@/lib/labels/json";
import { ApiClientError } from "@/lib/queries/api-client";
import {
  deleteConversation,
  getConversation,
  postBulkAction,
  postSeen,
  putAssignees,
  putAutopilot,
  putLabels,
  putResolution,
  putSnooze,
} from "@/lib/queries/endpoints";
import { conversationKeys, userKeys } from "@/lib/queries/keys";
import { eventsWillConfirm } from "@/lib/queries/live-status";
import { nextOrder } from "@/lib/queries/newer";
import { conversationWriteKey, type PendingMeta } from "@/lib/queries/pending";
import { forgetConversations, placeChange, placeConversation } from "@/lib/queries/place";
import { type PendingWrite, withAssignees, withResolved, withSnooze, withUpdatedFlag } from "@/lib/queries/transforms";
import type { UserJson } from "@/lib/users/json";

/**
 * The one shape of every conversation write. While it is on its way, what it will leave is shown
 * over the cache (lib/queries/pending.ts); its answer is placed in the cache as the newer copy
 * (lib/queries/place.ts); a refusal shows the server's message (there is nothing to roll back:
 * the cache never held the guess). Without the live stream, the family is read again once settled.
 */
function useConversationWrite<Vars, Answer>(options: {
  mutationFn: (vars: Vars) => Promise<Answer>;
  pending: (vars: Vars) => PendingWrite;
  /** Puts the write's answer in the cache. */
  place: (queryClient: QueryClient, answer: Answer, vars: Vars) => void;
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
    meta: { pending: options.pending } satisfies PendingMeta<Vars>,
    mutationFn: options.mutationFn,
    onSuccess: (answer, vars) => options.place(queryClient, answer, vars),
    onError: (error, vars) => {
      if (options.explain?.(error, vars)) return;
      toast.error(options.failure, { description: error.message });
    },
    onSettled: (_data, error) => {
      // With the live stream up, what the write changed comes back as its events (a list's
      // membership, the counts); without it, the family is read again.
      if (eventsWillConfirm(error)) return;
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

/** A conversation's labels, all of them (the picker's ticks), shown at once. */
export function useSetLabels(labels: LabelRefJson[]) {
  return useConversationWrite({
    mutationFn: ({ id, labelIds }: { id: string; labelIds: string[] }) => putLabels(id, labelIds),
    pending: ({ id, labelIds }) => ({
      ids: [id],
      change: (c) => ({ ...c, labels: labels.filter((label) => labelIds.includes(label._id)) }),
    }),
    place: placeConversation,
    failure: "Could not change the labels",
    scope: "labels",
  });
}

/** Snooze (a spec) or wake (null): the conversation shows its snooze at once; the list it leaves
 *  follows from the live events, as resolving does. */
export function useSnooze(timeZone: string) {
  return useConversationWrite({
    mutationFn: ({ id, snooze }: { id: string; snooze: SnoozeSpec | null }) => putSnooze(id, snooze),
    pending: ({ id, snooze }) => ({ ids: [id], change: (c) => withSnooze(c, snooze, timeZone) }),
    place: placeConversation,
    failure: "Could not change the snooze",
    scope: "snooze",
  });
}

export function useResolveConversation() {
  return useConversationWrite({
    mutationFn: ({ id, isResolved }: { id: string; isResolved: boolean }) => putResolution(id, isResolved),
    pending: ({ id, isResolved }) => ({ ids: [id], change: (c) => withResolved(c, isResolved) }),
    place: placeConversation,
    failure: "Could not change the resolution",
  });
}

/** Autopilot on (with a process) or off: the thread header's control and Take over. */
export function useSetAutopilot() {
  return useConversationWrite({
    mutationFn: ({ id, ...change }: { id: string; isAutopilot: boolean; process?: string | null }) =>
      putAutopilot(id, change),
    pending: ({ id, isAutopilot, process }) => ({
      ids: [id],
      change: (c) => ({ ...c, isAutopilot, ...(process !== undefined && { process }) }),
    }),
    place: placeConversation,
    failure: "Could not change the autopilot",
  });
}

export function useSetSeen() {
  return useConversationWrite({
    mutationFn: ({ id, seen }: { id: string; seen: boolean }) => postSeen(id, seen),
    pending: ({ id, seen }) => ({ ids: [id], change: (c) => withUpdatedFlag(c, !seen) }),
    // Its answer says only that it was done, which leaves the flag as asked (until a new message).
    place: (queryClient, _answer, { id, seen }) =>
      placeChange(queryClient, id, (c) => withUpdatedFlag(c, !seen), nextOrder()),
    failure: "Could not change the seen state",
    // One after another: opening a thread marks it seen, and "Mark unseen" right after must land
    // last (sent side by side, a slow "seen" could overtake it and leave the thread seen).
    scope: "seen",
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
  const mutation = useConversationWrite({
    mutationFn: (change: AssigneeChange) => putAssignees(change.id, toggled(change.assignees, change), change.version),
    pending: (change) => ({
      ids: [change.id],
      change: (c) => ({ ...withAssignees(c, toggled(change.assignees, change), users), __v: change.version + 1 }),
    }),
    place: placeConversation,
    failure: "Could not change the assignees",
    scope: "assignees",
    explain: (error, change) => {
      if (!(error instanceof ApiClientError) || error.status !== 409) return false;
      const who = users.find((u) => u._id === change.userId)?.fullName ?? "this person";
      toast.warning("Someone else changed the assignees first", {
        // The server's line for people (who changed it, and what it is now), not its version numbers.
        description: `${error.errors[0]?.message ?? error.message} Yours (${change.assign ? "assign" : "unassign"} ${who}) was not applied.`,
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
  return useConversationWrite({
    mutationFn: ({ id }: { id: string }) => deleteConversation(id),
    pending: ({ id }) => ({ ids: [id], remove: true }),
    place: (queryClient, _answer, { id }) => forgetConversations(queryClient, [id]),
    failure: "Could not delete the conversation",
  });
}

export function useBulkUpdate(users: UserJson[], timeZone: string) {
  return useConversationWrite({
    mutationFn: (vars: {
      ids: string[];
      action: BulkAction;
      userIds?: string[];
      labelIds?: string[];
      snooze?: SnoozeSpec;
    }) => postBulkAction(vars.ids, vars.action, vars.userIds, vars.labelIds, vars.snooze),
    pending: ({ ids, action, userIds = [], snooze }) => ({
      ids,
      change: (c) => {
        if (action === "snooze" || action === "unsnooze") return withSnooze(c, snooze ?? null, timeZone);
        // The server's own rule, applied to the copy on screen.
        const changes = applyBulkAction(
          c.assignees.map((a) => a._id),
          action,
          userIds,
        );
        const assigned = changes.assignees ? withAssignees(c, changes.assignees, users) : c;
        return changes.isResolved === undefined ? assigned : withResolved(assigned, changes.isResolved);
      },
    }),
    place: (queryClient, answer) => {
      for (const conversation of answer.conversations) placeConversation(queryClient, conversation);
    },
    failure: "Could not update the selected conversations",
  });
}
