"use client";
import { useQuery } from "@tanstack/react-query";
import { getUsers } from "@/lib/queries/endpoints";
import { userKeys } from "@/lib/queries/keys";

/** The organization's users, for assignee pickers and the team view. */
export function useUsers() {
  return useQuery({ queryKey: userKeys.all, queryFn: ({ signal }) => getUsers({ signal }), staleTime: 30_000 });
}
