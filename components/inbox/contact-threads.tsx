"use client";
import Link from "next/link";
import { useState } from "react";
import { ChannelIcon, channelLabels } from "@/components/ui/channel-icon";
import { addressOf, relativeTime } from "@/components/ui/format";
import { ErrorState, Skeleton } from "@/components/ui/states";
import { type ChannelType, channelTypes } from "@/lib/channel-types";
import type { ContactJson } from "@/lib/contacts/json";
import { useContactConversations } from "@/lib/queries/use-conversation";

/** A contact's threads across channels: one tab per channel type, each thread linking to the inbox. */
export function ContactThreads({ contact, activeId }: { contact: ContactJson; activeId?: string | null }) {
  const counts = contact.conversationCounts ?? { sms: 0, facebook: 0, webchat: 0, email: 0 };
  const [channel, setChannel] = useState<ChannelType>(() => channelTypes.find((c) => (counts[c] ?? 0) > 0) ?? "sms");
  const threads = useContactConversations(contact._id, channel);
  return (
    <div>
      <div role="tablist" aria-label="Channels" className="flex flex-wrap gap-1">
        {channelTypes.map((c) => (
          <button
            key={c}
            type="button"
            role="tab"
            aria-selected={channel === c}
            onClick={() => setChannel(c)}
            className="flex items-center gap-1 rounded-md px-2 py-1 text-xs text-slate-700 hover:bg-slate-100 aria-selected:bg-slate-200 aria-selected:font-semibold aria-selected:text-slate-900"
          >
            <ChannelIcon channel={c} className="size-3.5" />
            {channelLabels[c]} <span className="tabular-nums">{counts[c] ?? 0}</span>
          </button>
        ))}
      </div>
      <div role="tabpanel" aria-label={`${channelLabels[channel]} threads`} className="mt-2">
        {threads.isPending && <Skeleton className="h-10 w-full" />}
        {threads.isError && <ErrorState error={threads.error} onRetry={() => threads.refetch()} />}
        {threads.data?.length === 0 && (
          <p className="text-sm text-slate-600">No {channelLabels[channel]} threads you can see.</p>
        )}
        <ul className="space-y-1">
          {threads.data?.map((t) => (
            <li key={t._id}>
              <Link
                href={`/inbox?view=all${t.isResolved ? "&status=resolved" : ""}&c=${t._id}`}
                aria-current={t._id === activeId ? "true" : undefined}
                className="block rounded-md border border-slate-200 px-2.5 py-2 text-sm hover:bg-slate-50 aria-[current=true]:border-blue-600 aria-[current=true]:bg-blue-50"
              >
                <span className="flex items-center justify-between gap-2">
                  <span
                    className={`truncate text-xs text-slate-800 ${t.subject || t.channelType === "webchat" ? "" : "font-mono"}`}
                  >
                    {t.subject ?? addressOf(t)}
                  </span>
                  <span className="shrink-0 text-xs text-slate-600">
                    {t.lastMessageTime && relativeTime(t.lastMessageTime)}
                  </span>
                </span>
                <span className="mt-0.5 flex gap-2 text-xs text-slate-600">
                  <span>
                    {t.messageCount} {t.messageCount === 1 ? "message" : "messages"}
                  </span>
                  <span>{t.isResolved ? "Resolved" : "Open"}</span>
                  {t.isUpdated && <span className="font-semibold text-blue-800">Unseen</span>}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
