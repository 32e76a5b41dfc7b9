"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { getContact, patchContactAttributes, startEmail } from "@/lib/queries/endpoints";
import { contactKeys, conversationKeys } from "@/lib/queries/keys";

export function useContact(id: string | null) {
  return useQuery({
    queryKey: contactKeys.detail(id ?? ""),
    queryFn: ({ signal }) => getContact(id ?? "", { signal }),
    enabled: id !== null,
  });
}

/** A person's change of the contact's attributes; its answer is the contact as it now is. */
export function useUpdateContactAttributes(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (attributes: Record<string, string | number | boolean | null>) =>
      patchContactAttributes(id, attributes),
    onSuccess: (contact) => queryClient.setQueryData(contactKeys.detail(id), contact),
  });
}

/** Starts an email conversation with the contact (a draft); the inbox's lists then show it. */
export function useStartEmail(contactId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (subject: string) => startEmail(contactId, subject),
    onSuccess: () => {
      queryClient.invalidateQueries({ queryKey: conversationKeys.lists() });
      queryClient.invalidateQueries({ queryKey: contactKeys.detail(contactId) });
    },
  });
}
