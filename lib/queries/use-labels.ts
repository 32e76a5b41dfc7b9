"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { LabelJson } from "@/lib/labels/json";
import type { CreateLabelInput } from "@/lib/labels/schemas";
import { apiFetch } from "@/lib/queries/api-client";
import { conversationKeys } from "@/lib/queries/keys";

// Labels: their endpoints and hooks (Settings → Labels, the thread's picker, the inbox filter).

export const labelKeys = { all: ["labels"] as const };

/** The labels; with `counts` (Settings → Labels), how many conversations carry each. */
export const useLabels = ({ counts = false } = {}) =>
  useQuery({
    queryKey: counts ? [...labelKeys.all, "counts"] : labelKeys.all,
    queryFn: async ({ signal }) =>
      (
        await apiFetch<{ labels: LabelJson[] }>("/api/labels", {
          signal,
          ...(counts ? { query: { counts: "true" } } : {}),
        })
      ).labels,
    staleTime: 60_000,
  });

/** A change of a label shows in every row that carries it: the lists are read again. */
function useLabelMutation<Input, Output>(mutationFn: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSettled: () => {
      queryClient.invalidateQueries({ queryKey: labelKeys.all });
      queryClient.invalidateQueries({ queryKey: conversationKeys.all });
    },
  });
}

export const useCreateLabel = () =>
  useLabelMutation(
    async (input: CreateLabelInput) =>
      (await apiFetch<{ data: LabelJson }>("/api/labels", { method: "POST", body: input })).data,
  );

export const useUpdateLabel = () =>
  useLabelMutation(
    async ({ id, ...input }: { id: string } & Partial<CreateLabelInput>) =>
      (await apiFetch<{ data: LabelJson }>(`/api/labels/${id}`, { method: "PATCH", body: input })).data,
  );

export const useDeleteLabel = () =>
  useLabelMutation((id: string) => apiFetch(`/api/labels/${id}`, { method: "DELETE" }));
