"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/queries/api-client";
import { contactKeys, tokenKeys, userKeys } from "@/lib/queries/keys";
import type { ApiTokenJson, ContactJson, UserJson } from "@/lib/queries/types";

export function useUsers() {
  return useQuery({
    queryKey: userKeys.all,
    queryFn: async ({ signal }) => (await apiFetch<{ users: UserJson[] }>("/api/users", { signal })).users,
    staleTime: 30_000,
  });
}

export function useContact(id: string | null) {
  return useQuery({
    queryKey: contactKeys.detail(id ?? ""),
    queryFn: async ({ signal }) => (await apiFetch<{ data: ContactJson }>(`/api/contacts/${id}`, { signal })).data,
    enabled: id !== null,
  });
}

export function useApiTokens() {
  return useQuery({
    queryKey: tokenKeys.all,
    queryFn: async ({ signal }) => (await apiFetch<{ tokens: ApiTokenJson[] }>("/api/tokens", { signal })).tokens,
  });
}

export function useCreateApiToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) =>
      apiFetch<{ token: string; data: ApiTokenJson }>("/api/tokens", { method: "POST", body: { name } }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: tokenKeys.all }),
  });
}

export function useRevokeApiToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiFetch(`/api/tokens/${id}`, { method: "DELETE" }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: tokenKeys.all }),
  });
}
