"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { channelKeys } from "@/lib/queries/keys";
import {
  type ChannelChange,
  deleteChannel,
  getChannels,
  getConnectedChannels,
  patchChannel,
  postChannel,
  postChannelTest,
} from "@/lib/queries/settings-endpoints";

export function useChannels() {
  return useQuery({ queryKey: channelKeys.all, queryFn: ({ signal }) => getChannels({ signal }) });
}

/** The channels whose replies reach a provider (for everyone; the list above is for admins). */
export function useConnectedChannels() {
  return useQuery({
    queryKey: [...channelKeys.all, "connected"],
    queryFn: ({ signal }) => getConnectedChannels({ signal }),
    staleTime: 60_000,
  });
}

function useChannelMutation<Input, Output>(mutationFn: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSettled: () => queryClient.invalidateQueries({ queryKey: channelKeys.all }) });
}

export const useConnect = () => useChannelMutation(postChannel);
export const useChangeChannel = () =>
  useChannelMutation(({ id, ...change }: { id: string } & ChannelChange) => patchChannel(id, change));
export const useRemoveChannel = () => useChannelMutation(deleteChannel);
/** A test records its result on the connection: the card shows it. */
export const useTestChannel = () => useChannelMutation(postChannelTest);
