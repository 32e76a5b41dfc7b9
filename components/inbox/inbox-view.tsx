"use client";
import { useMemo, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/states";
import type { FirstInboxPage } from "@/lib/inbox/first-page";
import { useConversation } from "@/lib/queries/use-conversation";
import { useResolveConversation, useSetSeen } from "@/lib/queries/use-conversation-actions";
import { useInbox } from "@/lib/queries/use-inbox";
import { useUsers } from "@/lib/queries/use-users";
import { BulkBar } from "./bulk-bar";
import { ContactPanel } from "./contact-panel";
import { ConversationList } from "./conversation-list";
import { FilterBar } from "./filter-bar";
import type { ComposerHandle } from "./reply-composer";
import { ShortcutsHelp } from "./shortcuts-help";
import { ThreadView } from "./thread-view";
import { useInboxUrl } from "./use-inbox-url";
import { useKeyboardShortcuts } from "./use-keyboard-shortcuts";

/** The inbox: list, thread and contact side by side on a wide screen; list or thread on a phone.
 *  `first`: the list's first page, read on the server with the page. */
export function InboxView({ first }: { first: FirstInboxPage | null }) {
  const { filters, conversationId, setFilters, openConversation } = useInboxUrl();
  const inbox = useInbox(filters, first);
  const rows = useMemo(() => inbox.data?.pages.flatMap((p) => p.conversations) ?? [], [inbox.data]);
  const users = useUsers();
  const resolve = useResolveConversation();
  const setSeen = useSetSeen();

  // The keyboard highlight is a conversation, not a position: when a new message reorders the list
  // it stays on its thread, so j/k, Enter, e and the rest never act on another one.
  const [highlightedId, setHighlightedId] = useState<string | null>(null);
  const highlighted = highlightedId ? rows.findIndex((r) => r._id === highlightedId) : -1;
  // Where the highlight was, for j/k once its conversation has left the list (resolved, say).
  const lastHighlighted = useRef(-1);
  if (highlighted >= 0) lastHighlighted.current = highlighted;
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const lastToggled = useRef<number | null>(null);
  const [pickerOpen, setPickerOpen] = useState(false);
  const [labelPickerOpen, setLabelPickerOpen] = useState(false);
  const [snoozeOpen, setSnoozeOpen] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);
  const searchRef = useRef<HTMLInputElement>(null);
  const replyRef = useRef<ComposerHandle>(null);

  const openRow = rows.find((r) => r._id === conversationId);
  const openConversationData = useConversation(conversationId).data;
  const highlightedRow = rows[highlighted];
  // Shortcuts act on the open thread, even once it has left the list (resolved in the Open view).
  const target = (conversationId ? openConversationData : undefined) ?? highlightedRow;
  const filtered = Boolean(
    filters.channel || filters.unseen || filters.q || filters.assignee || filters.status !== "open" || filters.sort,
  );

  // Marking unseen closes the thread, as in a mail client: left open, it would count as seen again.
  function markUnseen(id: string) {
    setSeen.mutate({ id, seen: false });
    if (id === conversationId) openConversation(null);
  }

  /** Resolving the open thread from the keyboard moves on to the next one in the list (the one
   *  below it, else above); reopening stays. */
  function resolveOrReopen(conversation: { _id: string; isResolved: boolean }) {
    resolve.mutate({ id: conversation._id, isResolved: !conversation.isResolved });
    if (conversation.isResolved || conversation._id !== conversationId) return;
    const at = rows.findIndex((r) => r._id === conversation._id);
    const next = at >= 0 ? (rows[at + 1] ?? rows[at - 1]) : undefined;
    if (next) open(next._id);
    else openConversation(null);
  }

  function open(id: string) {
    setHighlightedId(id);
    openConversation(id);
  }

  /** Moves the highlight `step` rows from where it is (or was). */
  function moveHighlight(step: 1 | -1) {
    const from = highlighted >= 0 ? highlighted : step === 1 ? lastHighlighted.current : lastHighlighted.current + 1;
    const next = rows[Math.max(0, Math.min(rows.length - 1, from + step))];
    if (next) setHighlightedId(next._id);
  }

  function toggleSelect(id: string, index: number, range: boolean) {
    // Read now: React may run the updater later (while another render is pending, a live update's
    // say), after the line below has moved the anchor to this row.
    const anchor = lastToggled.current;
    setSelected((current) => {
      const next = new Set(current);
      if (range && anchor !== null) {
        const [from, to] = [Math.min(anchor, index), Math.max(anchor, index)];
        for (const row of rows.slice(from, to + 1)) next.add(row._id);
      } else if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
    lastToggled.current = index;
  }

  useKeyboardShortcuts({
    j: () => moveHighlight(1),
    k: () => moveHighlight(-1),
    enter: () => highlightedRow && open(highlightedRow._id),
    x: () => highlightedRow && toggleSelect(highlightedRow._id, highlighted, false),
    e: () => target && resolveOrReopen(target),
    u: () => target && markUnseen(target._id),
    a: () => {
      if (conversationId) setPickerOpen(true);
      else if (highlightedRow) {
        open(highlightedRow._id);
        setPickerOpen(true);
      }
    },
    l: () => {
      if (conversationId) setLabelPickerOpen(true);
      else if (highlightedRow) {
        open(highlightedRow._id);
        setLabelPickerOpen(true);
      }
    },
    z: () => {
      if (conversationId) setSnoozeOpen(true);
      else if (highlightedRow) {
        open(highlightedRow._id);
        setSnoozeOpen(true);
      }
    },
    r: () => replyRef.current?.focus("reply"),
    n: () => replyRef.current?.focus("note"),
    "/": () => searchRef.current?.focus(),
    "?": () => setHelpOpen(true),
    escape: () => {
      if (!conversationId) return;
      setHighlightedId(conversationId);
      openConversation(null);
    },
  });

  const assigneeName = filters.assignee && users.data?.find((u) => u._id === filters.assignee)?.fullName;

  return (
    // The contact's column only beside an open thread (with none, it stood empty).
    <div className={`grid h-full md:grid-cols-[22rem_1fr] ${conversationId ? "xl:grid-cols-[22rem_1fr_20rem]" : ""}`}>
      <div
        className={`${conversationId ? "hidden md:flex" : "flex"} min-h-0 flex-col border-r border-slate-200 bg-white`}
      >
        <h1 className="sr-only">Inbox</h1>
        <FilterBar ref={searchRef} filters={filters} setFilters={setFilters} />
        {filters.assignee && (
          <div className="flex items-center justify-between border-b border-slate-200 bg-slate-50 px-3 py-1.5 text-sm">
            <span className="text-slate-800">Assigned to {assigneeName ?? "one person"}</span>
            <Button size="sm" variant="ghost" onClick={() => setFilters({ assignee: undefined })}>
              Show everyone
            </Button>
          </div>
        )}
        {selected.size > 0 && <BulkBar selected={[...selected]} onDone={() => setSelected(new Set())} />}
        <div className="min-h-0 flex-1">
          <ConversationList
            query={inbox}
            rows={rows}
            activeId={conversationId}
            highlightedIndex={highlighted}
            selected={selected}
            filtered={filtered}
            onOpen={open}
            onToggleSelect={toggleSelect}
          />
        </div>
        <p className="hidden border-t border-slate-200 px-3 py-1.5 text-xs text-slate-600 md:block">
          Press <kbd className="font-mono">?</kbd> for keyboard shortcuts
        </p>
      </div>
      <main className={`${conversationId ? "flex" : "hidden md:flex"} min-h-0 min-w-0 flex-col`}>
        {conversationId ? (
          <ThreadView
            key={conversationId}
            conversationId={conversationId}
            row={openRow}
            pickerOpen={pickerOpen}
            onPickerOpenChange={setPickerOpen}
            labelPickerOpen={labelPickerOpen}
            onLabelPickerOpenChange={setLabelPickerOpen}
            snoozeOpen={snoozeOpen}
            onSnoozeOpenChange={setSnoozeOpen}
            replyRef={replyRef}
            onMarkUnseen={() => markUnseen(conversationId)}
            onClose={() => openConversation(null)}
          />
        ) : (
          <EmptyState title="No conversation open" hint="Pick one from the list, or press j and Enter." />
        )}
      </main>
      {conversationId && (
        <div className="hidden min-h-0 overflow-y-auto border-l border-slate-200 bg-white xl:block">
          <ContactPanelFor conversationId={conversationId} />
        </div>
      )}
      <ShortcutsHelp open={helpOpen} onOpenChange={setHelpOpen} />
    </div>
  );
}

function ContactPanelFor({ conversationId }: { conversationId: string }) {
  const contactId = useConversation(conversationId).data?.contactId;
  if (!contactId) return null;
  return <ContactPanel key={contactId} contactId={contactId} activeId={conversationId} />;
}
