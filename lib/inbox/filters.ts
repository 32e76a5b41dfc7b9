import { type ChannelType, channelTypes } from "@/lib/channel-types";

// The inbox's filters: the vocabulary the API validates (lib/inbox/schemas.ts), the page keeps in
// its URL and the browser sends as a query string. Pure, so the browser imports it too.

export const inboxViews = ["mine", "unassigned", "all"] as const;

/** A list's rows asked for by id at once (`GET /api/inbox?ids=…`): a page's worth. */
export const MAX_ROW_IDS = 100;

/** Rows in a page of the inbox, as the browser asks for them (and the server renders the first). */
export const INBOX_PAGE_SIZE = 50;
/** Open (and awake), snoozed (lib/conversations/snooze.ts), resolved. */
export const inboxStatuses = ["open", "snoozed", "resolved"] as const;

/** Newest activity first (the default), or longest waiting first: only conversations whose
 *  contact waits for an answer (lib/messages/append.ts keeps waitingSince). */
export const inboxSorts = ["newest", "waiting"] as const;

export type InboxFilters = {
  view: (typeof inboxViews)[number];
  status: (typeof inboxStatuses)[number];
  channel?: ChannelType;
  unseen?: boolean;
  /** Only conversations on autopilot whose contact has waited past the organization's threshold. */
  stalled?: boolean;
  q?: string;
  /** Only conversations assigned to this user: a manager opening one person's queue. */
  assignee?: string;
  /** Only conversations with every one of these labels. */
  labels?: string[];
  sort?: (typeof inboxSorts)[number];
};

/** How many labels one filter may name. */
export const MAX_FILTER_LABELS = 10;
const OBJECT_ID = /^[0-9a-f]{24}$/;

/** The filters as query parameters (what the API reads, and what the page's URL holds). */
export function inboxFilterParams(filters: Partial<InboxFilters>): Record<string, string | undefined> {
  return {
    view: filters.view,
    status: filters.status,
    channel: filters.channel,
    unseen: filters.unseen ? "true" : undefined,
    stalled: filters.stalled ? "true" : undefined,
    q: filters.q || undefined,
    assignee: filters.assignee,
    labels: filters.labels?.length ? filters.labels.join(",") : undefined,
    sort: filters.sort === "waiting" ? "waiting" : undefined,
  };
}

/** The filters a URL asks for, leniently: anything unknown falls back to the default (a link may
 *  be old or hand-edited; the page shows something sensible instead of an error). */
export function parseInboxFilters(params: URLSearchParams, defaultView: InboxFilters["view"]): InboxFilters {
  const view = inboxViews.find((v) => v === params.get("view")) ?? defaultView;
  const status = inboxStatuses.find((s) => s === params.get("status")) ?? "open";
  return {
    view,
    status,
    channel: channelTypes.find((c) => c === params.get("channel")),
    unseen: params.get("unseen") === "true" ? true : undefined,
    stalled: params.get("stalled") === "true" ? true : undefined,
    q: params.get("q") || undefined,
    assignee: params.get("assignee") || undefined,
    labels: labelsParam(params.get("labels")),
    sort: params.get("sort") === "waiting" ? "waiting" : undefined,
  };
}

/** `labels=a,b`: the well-formed ids, at most MAX_FILTER_LABELS; none is no filter. */
function labelsParam(value: string | null): string[] | undefined {
  const ids = [...new Set((value ?? "").split(",").filter((id) => OBJECT_ID.test(id)))].slice(0, MAX_FILTER_LABELS);
  return ids.length ? ids : undefined;
}
