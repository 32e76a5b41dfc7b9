"use client";
import { useMutationState } from "@tanstack/react-query";
import { useMemo } from "react";
import type { PendingWrite } from "@/lib/queries/transforms";

// Optimistic changes are shown over the cache, never written into it ("via the UI", as TanStack
// Query calls it): the cache holds only the server's copies, so a read answered late cannot undo
// a change still on its way, and a refused write needs no rollback (its change stops showing).

/** Every conversation write carries this key, and says in its meta what it will leave. */
export const conversationWriteKey = ["conversation-write"] as const;

export type PendingMeta<Vars> = { pending: (vars: Vars) => PendingWrite };

/** The conversation writes of this tab still on their way, oldest first, as what each will leave. */
export function usePendingWrites(): readonly PendingWrite[] {
  const writes = useMutationState({
    filters: { mutationKey: conversationWriteKey, status: "pending" },
    select: (mutation) => ({
      leaves: (mutation.options.meta as PendingMeta<unknown> | undefined)?.pending,
      variables: mutation.state.variables,
    }),
  });
  return useMemo(() => writes.flatMap(({ leaves, variables }) => (leaves ? [leaves(variables)] : [])), [writes]);
}
