"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { peopleKeys, userKeys } from "@/lib/queries/keys";
import {
  deleteInvitation,
  getPeople,
  patchPerson,
  postInvitation,
  postInvitationAgain,
  postResetLink,
  type Role,
} from "@/lib/queries/settings-endpoints";

export function usePeople() {
  return useQuery({ queryKey: peopleKeys.all, queryFn: ({ signal }) => getPeople({ signal }) });
}

/** Every people change refreshes the list, and the assignee pickers' users (names, roles). */
function usePeopleMutation<Input, Output>(mutationFn: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSettled: () => {
      queryClient.invalidateQueries({ queryKey: peopleKeys.all });
      queryClient.invalidateQueries({ queryKey: userKeys.all });
    },
  });
}

export const useChangePerson = () =>
  usePeopleMutation(({ id, ...change }: { id: string; role?: Role; active?: boolean }) => patchPerson(id, change));
export const useInvite = () =>
  usePeopleMutation(({ email, role }: { email: string; role: Role }) => postInvitation(email, role));
export const useSendInvitationAgain = () => usePeopleMutation(postInvitationAgain);
export const useRevokeInvitation = () => usePeopleMutation(deleteInvitation);
export const useResetLink = () => useMutation({ mutationFn: postResetLink });
