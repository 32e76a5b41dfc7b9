import type { ChannelType } from "@/lib/channel-types";
import type { InboxFilters } from "@/lib/inbox/filters";

// One key factory per resource, so invalidation can target a family (all lists) or one entry.
export const conversationKeys = {
  all: ["conversations"] as const,
  lists: () => [...conversationKeys.all, "list"] as const,
  list: (filters: InboxFilters) => [...conversationKeys.lists(), filters] as const,
  allCounts: () => [...conversationKeys.all, "counts"] as const,
  counts: (filters: Omit<InboxFilters, "view">) => [...conversationKeys.allCounts(), filters] as const,
  details: () => [...conversationKeys.all, "detail"] as const,
  detail: (id: string) => [...conversationKeys.details(), id] as const,
  messages: (id: string) => [...conversationKeys.all, "messages", id] as const,
  draft: (id: string) => [...conversationKeys.all, "draft", id] as const,
  activity: (id: string) => [...conversationKeys.all, "activity", id] as const,
  allByContact: () => [...conversationKeys.all, "by-contact"] as const,
  byContact: (contactId: string, channelType: ChannelType) =>
    [...conversationKeys.allByContact(), contactId, channelType] as const,
};

export const userKeys = { all: ["users"] as const };
export const mentionKeys = { all: ["mentions"] as const };
export const auditKeys = { filtered: (filters: object) => ["audit", filters] as const };
export const reportKeys = {
  report: (period: { from: string; to: string; by: string }) => ["reports", period] as const,
};
export const contactKeys = { detail: (id: string) => ["contacts", id] as const };
export const tokenKeys = { all: ["tokens"] as const };
export const peopleKeys = { all: ["people"] as const };
export const channelKeys = { all: ["channels"] as const };
export const aiKeys = {
  provider: ["ai", "provider"] as const,
  calls: ["ai", "calls"] as const,
  processes: ["ai", "processes"] as const,
  leadSources: ["ai", "lead-sources"] as const,
};
