"use client";
import { memo, type ReactNode } from "react";
import { useViewer } from "@/components/layout/viewer-context";
import { Avatar } from "@/components/ui/avatar";
import { ChannelIcon, channelLabels } from "@/components/ui/channel-icon";
import { relativeTime, waitedFor } from "@/components/ui/format";
import { useHydrated } from "@/components/ui/use-hydrated";
import { useNow } from "@/components/ui/use-now";
import { snoozeLabel } from "@/lib/conversations/snooze-times";
import type { InboxRowJson } from "@/lib/inbox/json";
import { LabelChips } from "./label-chips";

type Props = {
  row: InboxRowJson;
  index: number;
  active: boolean;
  highlighted: boolean;
  selected: boolean;
  onOpen: (id: string, index: number) => void;
  onToggleSelect: (id: string, index: number, range: boolean) => void;
};

export function previewText(row: InboxRowJson): string {
  const p = row.preview;
  if (!p) return "No messages yet";
  if (p.senderType === "SYSTEM") {
    return `⚙ ${p.automationName ?? "Automation"}${p.actions.length ? ` · ${p.actions.join(", ")}` : ""}`;
  }
  const who = p.isIncoming ? "" : p.senderType === "AI" ? "AI: " : "You: ";
  const body = p.body.trim() || (p.attachmentCount ? `📎 ${p.attachmentCount} attachment(s)` : "");
  return who + body;
}

/** Characters of context kept before the first marked word: the row shows one line, and a word
 *  marked past its end would not be seen. */
const LEAD = 24;

/** A search's snippet with its words marked (`match.highlights`, [start, end) offsets), begun a
 *  few words before the first. */
function Snippet({ match }: { match: NonNullable<InboxRowJson["match"]> }) {
  const parts: ReactNode[] = [];
  const first = match.highlights[0]?.[0] ?? 0;
  let at = 0;
  if (first > LEAD) {
    const space = match.snippet.lastIndexOf(" ", first - LEAD);
    at = space > 0 ? space + 1 : first - LEAD;
    parts.push("…");
  }
  for (const [start, end] of match.highlights) {
    if (start < at || end <= start) continue;
    parts.push(match.snippet.slice(at, start));
    parts.push(
      <mark key={start} className="rounded-sm bg-amber-200 px-0.5 text-slate-950">
        {match.snippet.slice(start, end)}
      </mark>,
    );
    at = end;
  }
  parts.push(match.snippet.slice(at));
  return <>{parts}</>;
}

/** The row as a screen reader says it (before the time shown). */
function spokenRow(row: InboxRowJson, timeZone: string, now: number): string {
  const assigned = row.assignees.length ? `, assigned to ${row.assignees.map((a) => a.fullName).join(", ")}` : "";
  const about = `${row.isDraft ? "New email, not sent. " : ""}${row.subject ? `${row.subject}. ` : ""}${
    row.draft ? `your draft: ${row.draft}` : row.match ? `found in a message: ${row.match.snippet}` : previewText(row)
  }`;
  const labeled = row.labels?.length ? `, labelled ${row.labels.map((l) => l.name).join(", ")}` : "";
  const snoozed = row.snooze ? `, snoozed ${snoozeLabel(row.snooze.until, timeZone)}` : "";
  const waiting = row.waitingSince ? `, waiting ${waitedFor(row.waitingSince, now)}` : "";
  return `${row.contact.fullName}, ${channelLabels[row.channelType]}${row.isUpdated ? ", unseen" : ""}${row.isAutopilot ? ", on autopilot" : ""}${snoozed}${waiting}${labeled}${assigned}: ${about}`;
}

export const ConversationRow = memo(function ConversationRow(props: Props) {
  const { row, index, active, highlighted, selected, onOpen, onToggleSelect } = props;
  const { timeZone } = useViewer();
  // Waiting time goes up while the row is shown.
  const now = useNow();
  const unseen = row.isUpdated;
  const shown = row.assignees.slice(0, 3);
  // Drawn by the server before any script runs: until the page runs, a click would do nothing.
  const running = useHydrated();
  return (
    <div
      data-highlighted={highlighted || undefined}
      className={`flex h-full items-start gap-2 border-b border-slate-100 px-2 py-2.5 ${
        active ? "bg-blue-50" : highlighted ? "bg-slate-100" : "bg-white hover:bg-slate-50"
      } ${highlighted ? "shadow-[inset_3px_0_0_var(--color-blue-700)]" : ""}`}
    >
      <input
        type="checkbox"
        checked={selected}
        aria-label={`Select conversation with ${row.contact.fullName}`}
        onChange={() => {}}
        onClick={(e) => onToggleSelect(row._id, index, e.shiftKey)}
        disabled={!running}
        className="mt-1 size-4 shrink-0 accent-blue-700"
      />
      {/* Its accessible name is its own text, not an aria-label (which left out what it showed): a
          sentence for screen readers, "Ana Diaz, SMS, unseen, assigned to Sam: Can I move…", then
          the time shown. What it repeats on screen is hidden from them. */}
      <button
        type="button"
        onClick={() => onOpen(row._id, index)}
        disabled={!running}
        aria-current={active ? "true" : undefined}
        className="grid min-w-0 flex-1 grid-cols-[minmax(0,1fr)_auto] gap-x-2 text-left"
      >
        {/* Its durations are the browser's clock, which the server's render may miss by a step. */}
        <span className="sr-only" suppressHydrationWarning>
          {spokenRow(row, timeZone, now)}
        </span>
        <span aria-hidden className="col-start-1 row-start-1 flex min-w-0 items-center gap-1.5">
          {unseen && <span className="size-2 shrink-0 rounded-full bg-blue-700" />}
          <span className={`truncate text-sm ${unseen ? "font-bold text-slate-950" : "text-slate-800"}`}>
            {row.contact.fullName}
          </span>
          <ChannelIcon channel={row.channelType} decorative className="size-3.5 shrink-0" />
          {row.isAutopilot && (
            <span title="On autopilot" className="shrink-0 text-xs text-violet-700">
              ✦
            </span>
          )}
          {/* On the name's line, two at most: the row keeps its height (the list is virtual). */}
          <LabelChips labels={row.labels?.slice(0, 2)} compact className="shrink-[3]" />
          {(row.labels?.length ?? 0) > 2 && (
            <span className="shrink-0 text-xs text-slate-600">+{(row.labels?.length ?? 0) - 2}</span>
          )}
        </span>
        <span aria-hidden className="col-span-2 row-start-2 mt-0.5 flex min-w-0 items-center gap-2">
          <span
            className={`min-w-0 flex-1 truncate text-sm ${unseen ? "font-semibold text-slate-900" : "text-slate-600"}`}
          >
            {/* An email's subject says what it is about before its latest words do. */}
            {row.isDraft && <span className="font-medium text-red-700">New email, not sent · </span>}
            {row.subject && <span className="font-medium text-slate-900">{row.subject} · </span>}
            {row.draft ? (
              <>
                <span className="font-medium text-red-700">Draft:</span> {row.draft}
              </>
            ) : row.match ? (
              // A search found it by these words: where they are, rather than the latest message.
              <span data-testid="search-snippet">
                <Snippet match={row.match} />
              </span>
            ) : (
              previewText(row)
            )}
          </span>
          {row.waitingSince && (
            <span
              title={`Waiting for an answer since ${new Date(row.waitingSince).toLocaleString()}`}
              suppressHydrationWarning
              className="shrink-0 rounded bg-rose-50 px-1 text-xs font-medium text-rose-800 tabular-nums"
            >
              {waitedFor(row.waitingSince, now)}
            </span>
          )}
          {shown.length > 0 && (
            <span className="flex shrink-0 -space-x-1.5">
              {shown.map((a) => (
                <Avatar key={a._id} name={a.fullName} id={a._id} />
              ))}
              {row.assignees.length > 3 && (
                <span className="pl-2 text-xs text-slate-600">+{row.assignees.length - 3}</span>
              )}
            </span>
          )}
        </span>
        {/* Snoozed: until when, where the time was. Else relative to now: the server's "5m" may be
            the browser's "6m". */}
        {row.snooze ? (
          <span
            aria-hidden
            suppressHydrationWarning
            className="col-start-2 row-start-1 flex items-center gap-0.5 self-center rounded bg-amber-100 px-1 text-xs text-amber-950"
          >
            <svg aria-hidden viewBox="0 0 16 16" className="size-3" fill="none" stroke="currentColor" strokeWidth="1.6">
              <circle cx="8" cy="8" r="6.2" />
              <path d="M8 4.5V8l2.2 1.6" strokeLinecap="round" />
            </svg>
            {row.snooze.until ? snoozeLabel(row.snooze.until, timeZone).replace(/^until /, "") : "reply"}
          </span>
        ) : (
          <time
            dateTime={row.lastMessageTime ?? undefined}
            suppressHydrationWarning
            className="col-start-2 row-start-1 self-center text-xs text-slate-600"
          >
            {row.lastMessageTime ? relativeTime(row.lastMessageTime) : ""}
          </time>
        )}
      </button>
    </div>
  );
});
