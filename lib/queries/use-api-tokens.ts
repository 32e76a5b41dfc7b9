"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { tokenKeys } from "@/lib/queries/keys";
import { deleteApiToken, getApiTokens, postApiToken } from "@/lib/queries/settings-endpoints";

export function useApiTokens() {
  return useQuery({ queryKey: tokenKeys.all, queryFn: ({ signal }) => getApiTokens({ signal }) });
}

export function useCreateApiToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: postApiToken,
    onSettled: () => queryClient.invalidateQueries({ queryKey: tokenKeys.all }),
  });
}

export function useRevokeApiToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteApiToken,
    onSettled: () => queryClient.invalidateQueries({ queryKey: tokenKeys.all }),
  });
}
