"use client";
import { memo } from "react";
import { Avatar } from "@/components/ui/avatar";
import { ChannelIcon, channelLabels } from "@/components/ui/channel-icon";
import { relativeTime } from "@/components/ui/format";
import type { InboxRowJson } from "@/lib/inbox/json";

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

export const ConversationRow = memo(function ConversationRow(props: Props) {
  const { row, index, active, highlighted, selected, onOpen, onToggleSelect } = props;
  const unseen = row.isUpdated;
  const shown = row.assignees.slice(0, 3);
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
        className="mt-1 size-4 shrink-0 accent-blue-700"
      />
      <button
        type="button"
        onClick={() => onOpen(row._id, index)}
        aria-current={active ? "true" : undefined}
        aria-label={`${row.contact.fullName}, ${channelLabels[row.channelType]}${unseen ? ", unseen" : ""}${
          row.assignees.length ? `, assigned to ${row.assignees.map((a) => a.fullName).join(", ")}` : ""
        }: ${row.subject ? `${row.subject}. ` : ""}${row.draft ? `your draft: ${row.draft}` : previewText(row)}`}
        className="min-w-0 flex-1 text-left"
      >
        <div className="flex items-center gap-1.5">
          {unseen && <span aria-hidden className="size-2 shrink-0 rounded-full bg-blue-700" />}
          <span className={`truncate text-sm ${unseen ? "font-bold text-slate-950" : "text-slate-800"}`}>
            {row.contact.fullName}
          </span>
          <ChannelIcon channel={row.channelType} className="size-3.5 shrink-0" />
          <time dateTime={row.lastMessageTime ?? undefined} className="ml-auto shrink-0 text-xs text-slate-600">
            {row.lastMessageTime ? relativeTime(row.lastMessageTime) : ""}
          </time>
        </div>
        <div className="mt-0.5 flex items-center gap-2">
          <p
            className={`min-w-0 flex-1 truncate text-sm ${unseen ? "font-semibold text-slate-900" : "text-slate-600"}`}
          >
            {/* An email's subject says what it is about before its latest words do. */}
            {row.subject && <span className="font-medium text-slate-900">{row.subject} · </span>}
            {row.draft ? (
              <>
                <span className="font-medium text-red-700">Draft:</span> {row.draft}
              </>
            ) : (
              previewText(row)
            )}
          </p>
          {shown.length > 0 && (
            <span aria-hidden className="flex shrink-0 -space-x-1.5">
              {shown.map((a) => (
                <Avatar key={a._id} name={a.fullName} id={a._id} />
              ))}
              {row.assignees.length > 3 && (
                <span className="pl-2 text-xs text-slate-600">+{row.assignees.length - 3}</span>
              )}
            </span>
          )}
        </div>
      </button>
    </div>
  );
});
