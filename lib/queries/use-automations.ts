"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { AutomationJson, RunJson, SavedAutomation, TryResult } from "@/lib/automations/rules";
import type { AutomationInput } from "@/lib/automations/schemas";
import { apiFetch } from "@/lib/queries/api-client";
import type { InboxPage } from "@/lib/queries/endpoints";

// Automations: their endpoints and hooks (Settings → Automations).

const key = ["automations"] as const;

export const useAutomations = () =>
  useQuery({
    queryKey: key,
    queryFn: async ({ signal }) =>
      (await apiFetch<{ automations: AutomationJson[] }>("/api/automations", { signal })).automations,
  });

function useAutomationMutation<Input, Output>(mutationFn: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSettled: () => queryClient.invalidateQueries({ queryKey: key }) });
}

export const useCreateAutomation = () =>
  useAutomationMutation((input: AutomationInput) =>
    apiFetch<SavedAutomation>("/api/automations", { method: "POST", body: input }),
  );

export const useUpdateAutomation = () =>
  useAutomationMutation(({ id, ...input }: { id: string } & Partial<AutomationInput>) =>
    apiFetch<SavedAutomation>(`/api/automations/${id}`, { method: "PATCH", body: input }),
  );

export const useDeleteAutomation = () =>
  useAutomationMutation((id: string) => apiFetch(`/api/automations/${id}`, { method: "DELETE" }));

export const useRotateWebhookSecret = () =>
  useAutomationMutation((id: string) => apiFetch<SavedAutomation>(`/api/automations/${id}/secret`, { method: "POST" }));

/** The rule's newest runs; refreshed while shown, since rules fire on their own. */
export const useAutomationRuns = (id: string) =>
  useQuery({
    queryKey: [...key, id, "runs"],
    queryFn: ({ signal }) =>
      apiFetch<{ runs: RunJson[]; next: string | null }>(`/api/automations/${id}/runs`, { signal }),
    refetchInterval: 10_000,
  });

export const tryAutomation = async (conversationId: string, rule: Omit<AutomationInput, "name" | "enabled">) =>
  (await apiFetch<{ data: TryResult }>("/api/automations/try", { method: "POST", body: { conversationId, rule } }))
    .data;

/** Recent open conversations to try a rule on (the organization's newest). */
export const useRecentConversations = () =>
  useQuery({
    queryKey: [...key, "recent-conversations"],
    queryFn: ({ signal }) =>
      apiFetch<InboxPage>("/api/inbox", { query: { view: "all", status: "open", limit: "30" }, signal }),
    staleTime: 30_000,
  });
