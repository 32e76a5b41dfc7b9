import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { INBOX_PAGE_SIZE, type InboxFilters, inboxFilterParams, parseInboxFilters } from "@/lib/inbox/filters";
import type { InboxRowJson } from "@/lib/inbox/json";
import { listInbox } from "@/lib/inbox/list";
import { inboxFiltersQuery } from "@/lib/inbox/schemas";

export type FirstInboxPage = {
  filters: InboxFilters;
  page: { conversations: InboxRowJson[]; nextCursor: string | null };
  /** When it was read (the browser reads it again once its live stream opens, if that is later). */
  readAt: number;
};

/**
 * The first page of the inbox list a URL asks for, read on the server with the page (so that the
 * rows are in its HTML, drawn before any script runs) exactly as GET /api/inbox would answer it.
 * Null for filters the API would refuse: the browser then asks, and shows the API's message.
 */
export async function firstInboxPage(
  viewer: Viewer,
  searchParams: Record<string, string | string[] | undefined>,
): Promise<FirstInboxPage | null> {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(searchParams)) if (typeof value === "string") params.set(key, value);
  const filters = parseInboxFilters(params, "mine");
  if (!inboxFiltersQuery.safeParse(inboxFilterParams(filters)).success) return null;
  const readAt = Date.now();
  const { rows, nextCursor } = await listInbox({ viewer, filters, limit: INBOX_PAGE_SIZE });
  return { filters, page: { conversations: JSON.parse(`[${rows.join(",")}]`), nextCursor }, readAt };
}
