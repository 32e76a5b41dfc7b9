"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/queries/api-client";
import type { DeliveryJson, WebhookEndpointJson } from "@/lib/webhooks/endpoints";
import type { WebhookEndpointInput } from "@/lib/webhooks/schemas";

// Integrators' webhook endpoints: their endpoints and hooks (Settings → Webhooks).

const key = ["webhook-endpoints"] as const;

export const useWebhookEndpoints = () =>
  useQuery({
    queryKey: key,
    queryFn: async ({ signal }) =>
      (await apiFetch<{ endpoints: WebhookEndpointJson[] }>("/api/webhooks/endpoints", { signal })).endpoints,
  });

function useEndpointMutation<Input, Output>(mutationFn: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSettled: () => queryClient.invalidateQueries({ queryKey: key }) });
}

type Saved = { data: WebhookEndpointJson; secret: string };

export const useCreateEndpoint = () =>
  useEndpointMutation((input: WebhookEndpointInput) =>
    apiFetch<Saved>("/api/webhooks/endpoints", { method: "POST", body: input }),
  );

export const useUpdateEndpoint = () =>
  useEndpointMutation(({ id, ...input }: { id: string } & Partial<WebhookEndpointInput>) =>
    apiFetch<{ data: WebhookEndpointJson }>(`/api/webhooks/endpoints/${id}`, { method: "PATCH", body: input }),
  );

export const useDeleteEndpoint = () =>
  useEndpointMutation((id: string) => apiFetch(`/api/webhooks/endpoints/${id}`, { method: "DELETE" }));

export const useRotateEndpointSecret = () =>
  useEndpointMutation((id: string) => apiFetch<Saved>(`/api/webhooks/endpoints/${id}/secret`, { method: "POST" }));

/** An endpoint's newest deliveries; refreshed while shown, as deliveries happen on their own. */
export const useDeliveries = (id: string) =>
  useQuery({
    queryKey: [...key, id, "deliveries"],
    queryFn: ({ signal }) =>
      apiFetch<{ deliveries: DeliveryJson[]; next: string | null }>(`/api/webhooks/endpoints/${id}/deliveries`, {
        signal,
      }),
    refetchInterval: 3_000,
  });

export const useReplayDelivery = (endpointId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (deliveryId: string) =>
      apiFetch(`/api/webhooks/endpoints/${endpointId}/deliveries/${deliveryId}/replay`, { method: "POST" }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: [...key, endpointId, "deliveries"] }),
  });
};
