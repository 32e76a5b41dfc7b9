"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { UpdateLeadSourceInput, UpdateProcessInput } from "@/lib/ai/schemas";
import {
  deleteLeadSource,
  deleteProcess,
  deleteProvider,
  getCalls,
  getLeadSources,
  getProcesses,
  getProvider,
  patchLeadSource,
  patchProcess,
  postGenerateReply,
  postLeadSource,
  postProcess,
  postProviderTest,
  putProvider,
} from "@/lib/queries/ai-endpoints";
import { aiKeys } from "@/lib/queries/keys";

/** Whether the organization has a model, and which: every AI control asks. */
export const useModelProvider = () =>
  useQuery({ queryKey: aiKeys.provider, queryFn: ({ signal }) => getProvider({ signal }), staleTime: 60_000 });

export const useModelCalls = () => useQuery({ queryKey: aiKeys.calls, queryFn: ({ signal }) => getCalls({ signal }) });

export const useProcesses = () =>
  useQuery({ queryKey: aiKeys.processes, queryFn: ({ signal }) => getProcesses({ signal }), staleTime: 60_000 });

function useAiMutation<Input, Output>(mutationFn: (input: Input) => Promise<Output>, key: readonly string[]) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSettled: () => {
      queryClient.invalidateQueries({ queryKey: key });
      queryClient.invalidateQueries({ queryKey: aiKeys.calls });
    },
  });
}

export const useSaveProvider = () => useAiMutation(putProvider, aiKeys.provider);
export const useRemoveProvider = () => useAiMutation(deleteProvider, aiKeys.provider);
export const useTestProvider = () => useAiMutation(postProviderTest, aiKeys.calls);
export const useCreateProcess = () => useAiMutation(postProcess, aiKeys.processes);
export const useUpdateProcess = () =>
  useAiMutation(({ id, ...input }: { id: string } & UpdateProcessInput) => patchProcess(id, input), aiKeys.processes);
export const useDeleteProcess = () => useAiMutation(deleteProcess, aiKeys.processes);
/** Suggest reply: what the process would answer now, for the person to edit and send. */
export const useSuggestReply = () => useMutation({ mutationFn: postGenerateReply });

export const useLeadSources = () =>
  useQuery({ queryKey: aiKeys.leadSources, queryFn: ({ signal }) => getLeadSources({ signal }) });
export const useCreateLeadSource = () => useAiMutation(postLeadSource, aiKeys.leadSources);
export const useUpdateLeadSource = () =>
  useAiMutation(
    ({ id, ...input }: { id: string } & UpdateLeadSourceInput) => patchLeadSource(id, input),
    aiKeys.leadSources,
  );
export const useDeleteLeadSource = () => useAiMutation(deleteLeadSource, aiKeys.leadSources);
