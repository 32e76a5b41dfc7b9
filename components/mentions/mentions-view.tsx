"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { ChannelIcon, channelLabels } from "@/components/ui/channel-icon";
import { dateTime, relativeTime } from "@/components/ui/format";
import { EmptyState, QueryStates } from "@/components/ui/states";
import { useMentions, useReadMentions } from "@/lib/queries/use-notes";

// The notes that mention you, newest first: unread ones marked, each a link to its conversation
// (opening it reads the mention). Kept current by your stream (mentions.updated).

export function MentionsView() {
  const mentions = useMentions();
  const readAll = useReadMentions();
  const pages = mentions.data?.pages ?? [];
  const items = pages.flatMap((page) => page.mentions);
  const unread = pages[0]?.unread ?? 0;
  return (
    <main className="mx-auto h-full w-full max-w-3xl overflow-y-auto p-4">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-xl font-semibold text-slate-900">Mentions</h1>
        {unread > 0 && (
          <span className="rounded-full bg-blue-700 px-2 py-0.5 text-xs font-semibold text-white">{unread} unread</span>
        )}
        {unread > 0 && (
          <Button size="sm" className="ml-auto" disabled={readAll.isPending} onClick={() => readAll.mutate(undefined)}>
            Mark all read
          </Button>
        )}
      </div>
      <p className="mt-1 text-sm text-slate-600">Private notes in which someone wrote @ and your name.</p>
      <QueryStates
        query={mentions}
        loading="Loading mentions"
        lines={3}
        isEmpty={items.length === 0}
        empty={
          <EmptyState
            title="No mentions yet"
            hint="When someone on your team writes @ and your name in a private note, it shows here."
          />
        }
      />
      {items.length > 0 && (
        <ul
          aria-label="Mentions"
          className="mt-4 divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white"
        >
          {items.map((mention) => {
            const unseen = mention.readAt === null;
            const author = mention.author?.fullName ?? "Someone";
            return (
              <li key={mention._id}>
                <Link
                  href={`/inbox?c=${mention.conversationId}`}
                  aria-label={`${unseen ? "Unread: " : ""}${author} mentioned you about ${mention.contact.fullName}`}
                  className="flex gap-3 px-4 py-3 hover:bg-slate-50"
                >
                  <span
                    aria-hidden
                    className={`mt-1.5 size-2 shrink-0 rounded-full ${unseen ? "bg-blue-600" : "bg-transparent"}`}
                  />
                  <span className="min-w-0 flex-1">
                    <span className="flex flex-wrap items-center gap-x-1.5 text-sm text-slate-700">
                      <span className={unseen ? "font-semibold text-slate-900" : "font-medium text-slate-900"}>
                        {author}
                      </span>
                      mentioned you about
                      <span className="font-medium text-slate-900">{mention.contact.fullName}</span>
                      <ChannelIcon channel={mention.channelType} className="size-3.5 text-slate-500" />
                      <span className="sr-only">{channelLabels[mention.channelType]}</span>
                      <time
                        dateTime={mention.createdAt}
                        title={dateTime(mention.createdAt)}
                        className="ml-auto text-xs text-slate-500"
                      >
                        {relativeTime(mention.createdAt)}
                      </time>
                    </span>
                    <span className="mt-1 line-clamp-2 block rounded-md bg-amber-50 px-2 py-1 text-sm whitespace-pre-wrap text-amber-950">
                      {mention.excerpt}
                    </span>
                  </span>
                </Link>
              </li>
            );
          })}
        </ul>
      )}
      {mentions.hasNextPage && (
        <div className="mt-3 flex justify-center">
          <Button size="sm" disabled={mentions.isFetchingNextPage} onClick={() => mentions.fetchNextPage()}>
            {mentions.isFetchingNextPage ? "Loading…" : "Show older mentions"}
          </Button>
        </div>
      )}
    </main>
  );
}

/** The header's way to the Mentions page, with how many are unread; a new mention also says who
 *  wrote it, with a way to the conversation. */
export function MentionsLink({ className, current }: { className: string; current: boolean }) {
  const mentions = useMentions();
  const unread = mentions.data?.pages[0]?.unread ?? 0;
  const newest = mentions.data?.pages[0]?.mentions[0];
  const told = useRef<string | null | undefined>(undefined);
  const router = useRouter();
  useEffect(() => {
    if (!mentions.data) return;
    const id = newest && newest.readAt === null ? newest._id : null;
    // The first read only sets where we are: what was there before this page opened is not news.
    if (told.current !== undefined && id && id !== told.current && newest) {
      const author = newest.author?.fullName ?? "Someone";
      toast(`${author} mentioned you`, {
        description: `About ${newest.contact.fullName}: ${newest.excerpt.slice(0, 120)}`,
        action: { label: "Open", onClick: () => router.push(`/inbox?c=${newest.conversationId}`) },
      });
    }
    if (id || told.current === undefined) told.current = id;
  }, [mentions.data, newest, router]);
  return (
    <Link
      href="/mentions"
      aria-current={current ? "page" : undefined}
      aria-label={unread > 0 ? `Mentions, ${unread} unread` : "Mentions"}
      className={`${className} inline-flex items-center gap-1`}
    >
      <span aria-hidden>@</span>
      {/* Beside an admin's dozen page links the "@" says enough. */}
      <span className="hidden sm:inline xl:hidden 2xl:inline">Mentions</span>
      {unread > 0 && (
        <span aria-hidden className="rounded-full bg-blue-700 px-1.5 text-xs font-semibold text-white">
          {unread > 99 ? "99+" : unread}
        </span>
      )}
    </Link>
  );
}
