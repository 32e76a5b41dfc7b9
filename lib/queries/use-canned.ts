"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { CannedReplyJson } from "@/lib/canned/replies";
import type { CreateCannedReplyInput, UpdateCannedReplyInput } from "@/lib/canned/schemas";
import { apiFetch } from "@/lib/queries/api-client";
import { sendFile } from "@/lib/queries/uploads";

// Canned replies: their endpoints and hooks (Settings → Canned replies, the composer's `/` list).

const key = ["canned-replies"] as const;

export const useCannedReplies = () =>
  useQuery({
    queryKey: key,
    queryFn: async ({ signal }) =>
      (await apiFetch<{ cannedReplies: CannedReplyJson[] }>("/api/canned-replies", { signal })).cannedReplies,
    staleTime: 60_000,
  });

function useCannedMutation<Input, Output>(mutationFn: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSettled: () => queryClient.invalidateQueries({ queryKey: key }) });
}

export const useCreateCannedReply = () =>
  useCannedMutation(
    async (input: CreateCannedReplyInput) =>
      (await apiFetch<{ data: CannedReplyJson }>("/api/canned-replies", { method: "POST", body: input })).data,
  );

export const useUpdateCannedReply = () =>
  useCannedMutation(
    async ({ id, ...input }: { id: string } & UpdateCannedReplyInput) =>
      (await apiFetch<{ data: CannedReplyJson }>(`/api/canned-replies/${id}`, { method: "PATCH", body: input })).data,
  );

export const useDeleteCannedReply = () =>
  useCannedMutation((id: string) => apiFetch(`/api/canned-replies/${id}`, { method: "DELETE" }));

/** Adds a file to a reply (its progress told to `onProgress`); answers with the reply. */
export const useAddCannedFile = () =>
  useCannedMutation(
    async ({ id, file, onProgress }: { id: string; file: File; onProgress: (share: number) => void }) =>
      (await sendFile<{ data: CannedReplyJson }>(`/api/canned-replies/${id}/attachments`, file, onProgress)).data,
  );

export const useRemoveCannedFile = () =>
  useCannedMutation(
    async ({ id, uploadId }: { id: string; uploadId: string }) =>
      (
        await apiFetch<{ data: CannedReplyJson }>(`/api/canned-replies/${id}/attachments/${uploadId}`, {
          method: "DELETE",
        })
      ).data,
  );

/** Counts a use; the list's order changes at its next read, not under the person's hands. */
export const countCannedReplyUse = (id: string) =>
  apiFetch(`/api/canned-replies/${id}/used`, { method: "POST" }).catch(() => undefined);
