"use client";
import { useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { type RefObject, useEffect, useRef, useState } from "react";
import { useViewer } from "@/components/layout/viewer-context";
import { Button } from "@/components/ui/button";
import { ChannelIcon, channelLabels } from "@/components/ui/channel-icon";
import { addressOf, dateTime } from "@/components/ui/format";
import { Popover, PopoverClose } from "@/components/ui/popover";
import { EmptyState, ErrorState, Skeleton } from "@/components/ui/states";
import { canSeeWholeOrganization } from "@/lib/auth/viewer";
import { answerSubject } from "@/lib/channels/email/threading";
import { snoozeLabel } from "@/lib/conversations/snooze-times";
import type { InboxRowJson } from "@/lib/inbox/json";
import { ApiClientError } from "@/lib/queries/api-client";
import { contactKeys } from "@/lib/queries/keys";
import { useContact } from "@/lib/queries/use-contact";
import { useActivity, useConversation, useMessages } from "@/lib/queries/use-conversation";
import {
  useDeleteConversation,
  useResolveConversation,
  useSetSeen,
  useSnooze,
} from "@/lib/queries/use-conversation-actions";
import { useMentions, useReadMentions } from "@/lib/queries/use-notes";
import { AssigneePicker } from "./assignee-picker";
import { AutopilotControl } from "./autopilot-control";
import { DeleteConversationDialog } from "./delete-dialog";
import { ExportMenu } from "./export-menu";
import { LabelChips } from "./label-chips";
import { LabelPicker } from "./label-picker";
import { MessageTimeline } from "./message-timeline";
import { type ComposerHandle, ReplyComposer } from "./reply-composer";
import { SnoozeMenu } from "./snooze-menu";
import { ThreadPresence, usePresenceAnnouncer } from "./thread-presence";
import { VisitorContext } from "./visitor-context";

type Props = {
  conversationId: string;
  /** The list's row for this conversation, shown while the thread's own data loads. */
  row?: InboxRowJson;
  pickerOpen: boolean;
  onPickerOpenChange: (open: boolean) => void;
  labelPickerOpen: boolean;
  onLabelPickerOpenChange: (open: boolean) => void;
  snoozeOpen: boolean;
  onSnoozeOpenChange: (open: boolean) => void;
  replyRef: RefObject<ComposerHandle | null>;
  onMarkUnseen: () => void;
  onClose: () => void;
};

export function ThreadView(props: Props) {
  const { conversationId, row, pickerOpen, onPickerOpenChange, replyRef, onMarkUnseen, onClose } = props;
  const { labelPickerOpen, onLabelPickerOpenChange, snoozeOpen, onSnoozeOpenChange } = props;
  const conversation = useConversation(conversationId);
  const messages = useMessages(conversationId, conversation.data?.latestMessage);
  const activity = useActivity(conversationId);
  const contact = useContact(conversation.data?.contactId ?? row?.contact._id ?? null);
  const resolve = useResolveConversation();
  const viewer = useViewer();
  const snooze = useSnooze(viewer.timeZone);
  const setSeen = useSetSeen();
  const remove = useDeleteConversation();
  const [confirmDelete, setConfirmDelete] = useState(false);
  const onTyping = usePresenceAnnouncer(conversationId);

  // Opening a thread reads the viewer's mentions in it (those arriving while it is open, too).
  const mentions = useMentions();
  const readMentions = useReadMentions();
  const unreadMentionHere = mentions.data?.pages.some((page) =>
    page.mentions.some((mention) => mention.conversationId === conversationId && mention.readAt === null),
  );
  const { mutate: readMentionsOf } = readMentions;
  useEffect(() => {
    if (unreadMentionHere) readMentionsOf(conversationId);
  }, [unreadMentionHere, conversationId, readMentionsOf]);

  // Opening a thread, or a new message arriving while it is open, marks it seen for the viewer.
  const latest = conversation.data?.latestMessage;
  const markedFor = useRef("");
  useEffect(() => {
    const data = conversation.data;
    const key = `${conversationId}:${latest}`;
    if (!data || markedFor.current === key) return;
    markedFor.current = key;
    if (data.isUpdated) setSeen.mutate({ id: conversationId, seen: true });
  }, [conversationId, latest, conversation.data, setSeen]);

  // In a thread that follows a process, a new message may come with what the process learnt about
  // the contact (an autopilot turn's extracted fields): the contact panel reads the contact again.
  // Not when the thread opens (the panel has just read it), nor in threads no process follows.
  const queryClient = useQueryClient();
  const contactKey = conversation.data?.contactId;
  const followsProcess = Boolean(conversation.data?.process);
  const seenLatest = useRef({ conversationId, latest });
  useEffect(() => {
    const before = seenLatest.current;
    seenLatest.current = { conversationId, latest };
    const newMessage = before.conversationId === conversationId && before.latest && latest !== before.latest;
    if (contactKey && followsProcess && newMessage)
      queryClient.invalidateQueries({ queryKey: contactKeys.detail(contactKey) });
  }, [conversationId, contactKey, followsProcess, latest, queryClient]);

  // A failed refresh of a thread already shown keeps it on screen (the header says when updates
  // are not arriving); only a thread that is gone, or never loaded, gives way to the error.
  const gone = conversation.error instanceof ApiClientError && conversation.error.status === 404;
  if (conversation.isError && (gone || !conversation.data)) {
    return gone ? (
      <EmptyState title="This conversation is gone" hint="It was deleted, or you no longer have access to it.">
        <Button onClick={onClose}>Back to the list</Button>
      </EmptyState>
    ) : (
      <ErrorState error={conversation.error} onRetry={() => conversation.refetch()} />
    );
  }
  const data = conversation.data;
  // An agent who reads it only because a note mentioned them (a participant): notes, and no changes.
  const participant =
    data !== undefined &&
    !canSeeWholeOrganization(viewer) &&
    data.userId !== viewer.id &&
    !data.assignees.some((assignee) => assignee._id === viewer.id);
  const contactName = contact.data?.fullName ?? row?.contact.fullName ?? "Contact";
  const contactId = data?.contactId ?? row?.contact._id;

  return (
    <section aria-label={`Conversation with ${contactName}`} className="flex h-full min-w-0 flex-col bg-white">
      <header className="flex flex-wrap items-center gap-2 border-b border-slate-200 px-3 py-2">
        <Button variant="ghost" size="sm" onClick={onClose} className="md:hidden" aria-label="Back to conversations">
          ←
        </Button>
        {/* Wide enough for the name and address: the actions wrap below it before squeezing it away. */}
        <div className="min-w-48 flex-1">
          <h2 className="truncate font-semibold text-slate-900">
            {/* A link only once the contact is known: "/contacts/" alone was prefetched, and a 404. */}
            {contactId ? (
              <Link href={`/contacts/${contactId}`} className="hover:underline">
                {contactName}
              </Link>
            ) : (
              contactName
            )}
          </h2>
          {data ? (
            <p className="flex min-w-0 items-center gap-1.5 text-xs whitespace-nowrap text-slate-600">
              <ChannelIcon channel={data.channelType} className="size-3.5 shrink-0" />
              {channelLabels[data.channelType]}
              <span aria-hidden>·</span>
              <span className={`truncate ${data.channelType === "webchat" ? "" : "font-mono"}`} title={addressOf(data)}>
                {addressOf(data)}
              </span>
            </p>
          ) : (
            <Skeleton className="mt-1 h-3 w-40" />
          )}
        </div>
        {participant && (
          <p className="rounded-md bg-amber-50 px-2 py-1 text-xs text-amber-950">
            You were mentioned here: you can read it and add notes.
          </p>
        )}
        {data && !participant && (
          <div className="flex flex-wrap items-center gap-1.5">
            <AutopilotControl conversation={data} />
            <AssigneePicker conversation={data} open={pickerOpen} onOpenChange={onPickerOpenChange} />
            <LabelPicker conversation={data} open={labelPickerOpen} onOpenChange={onLabelPickerOpenChange} />
            <SnoozeMenu
              label="Snooze conversation"
              open={snoozeOpen}
              onOpenChange={onSnoozeOpenChange}
              current={data.snooze}
              onSnooze={(spec) => snooze.mutate({ id: data._id, snooze: spec })}
              onWake={() => snooze.mutate({ id: data._id, snooze: null })}
              trigger={
                <Button size="sm" aria-keyshortcuts="z">
                  {data.snooze ? "Snoozed" : "Snooze"}
                </Button>
              }
            />
            <Button
              size="sm"
              variant={data.isResolved ? "secondary" : "primary"}
              onClick={() => resolve.mutate({ id: data._id, isResolved: !data.isResolved })}
              aria-keyshortcuts="e"
            >
              {data.isResolved ? "Reopen" : "Resolve"}
            </Button>
            <span className="hidden items-center gap-1.5 sm:flex">
              <Button size="sm" onClick={onMarkUnseen} aria-keyshortcuts="u">
                Mark unseen
              </Button>
              <ExportMenu conversationId={data._id} />
              <Button size="sm" variant="ghost" onClick={() => setConfirmDelete(true)} aria-label="Delete conversation">
                Delete
              </Button>
            </span>
            {/* On a phone the less used actions share a menu: the header keeps to one line. */}
            <span className="sm:hidden">
              <Popover align="end" width="w-48" label="More actions" trigger={<Button size="sm">More</Button>}>
                <div className="flex flex-col">
                  <PopoverClose asChild>
                    <Button size="sm" variant="ghost" onClick={onMarkUnseen} className="justify-start">
                      Mark unseen
                    </Button>
                  </PopoverClose>
                  <PopoverClose asChild>
                    <Button size="sm" variant="ghost" onClick={() => setConfirmDelete(true)} className="justify-start">
                      Delete conversation
                    </Button>
                  </PopoverClose>
                  <ExportMenu conversationId={data._id} compact />
                </div>
              </Popover>
            </span>
          </div>
        )}
        {data?.labels?.length ? <LabelChips labels={data.labels} className="basis-full" /> : null}
        {data?.visitor && <VisitorContext visitor={data.visitor} />}
        {/* A line of its own: beside the actions an email's subject had no room and was cut off. */}
        {data?.subject && (
          <p className="basis-full truncate text-sm text-slate-900" title={data.subject}>
            <span className="text-slate-600">Subject: </span>
            {data.subject}
          </p>
        )}
      </header>
      {data?.isDraft && (
        <p className="bg-blue-50 px-3 py-1.5 text-xs text-blue-900">
          A new email, not sent yet: it goes to {data.channelIdentifier} when you send its first message.
        </p>
      )}
      {data?.isResolved && (
        <p className="bg-emerald-50 px-3 py-1.5 text-xs text-emerald-900">
          Resolved {data.resolvedAt ? dateTime(data.resolvedAt) : ""}
          {data.resolvedBy ? ` by ${data.resolvedBy.fullName}` : ""}. A new message from the contact reopens it.
        </p>
      )}
      {data?.snooze && (
        <p className="flex items-center gap-2 bg-amber-50 px-3 py-1.5 text-xs text-amber-950">
          <span>
            Snoozed {snoozeLabel(data.snooze.until, viewer.timeZone)}.
            {data.snooze.until ? " A message from the contact wakes it sooner." : ""}
          </span>
          <button
            type="button"
            hidden={participant}
            onClick={() => snooze.mutate({ id: data._id, snooze: null })}
            className="font-medium underline hover:no-underline"
          >
            Wake now
          </button>
        </p>
      )}
      <ThreadPresence conversationId={conversationId} />
      <MessageTimeline
        key={conversationId}
        query={messages}
        activity={activity.data?.activity}
        contactName={contactName}
        conversationId={conversationId}
      />
      <ReplyComposer
        key={`composer-${conversationId}`}
        ref={replyRef}
        conversationId={conversationId}
        channelLabel={data ? channelLabels[data.channelType] : "message"}
        channelType={data?.channelType}
        process={data?.process ?? null}
        contactId={contactId ?? null}
        notesOnly={participant}
        emailThread={
          data?.channelType === "email"
            ? {
                to: data.channelIdentifier,
                participants: (data.participants ?? []).map((p) => p.email),
                // The subject the server would give it (its reference is added when it goes).
                subject: answerSubject(data.subject, !data.isDraft),
              }
            : null
        }
        onTyping={onTyping}
      />
      {data && (
        <DeleteConversationDialog
          open={confirmDelete}
          onOpenChange={setConfirmDelete}
          contactName={contactName}
          messageCount={data.messageCount}
          onConfirm={() => {
            setConfirmDelete(false);
            remove.mutate({ id: data._id });
            onClose();
          }}
        />
      )}
    </section>
  );
}
