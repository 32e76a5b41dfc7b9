"use client";
import { forwardRef, useEffect, useImperativeHandle, useRef, useState } from "react";
import { useViewer } from "@/components/layout/viewer-context";
import { Button, SubmitButton } from "@/components/ui/button";
import { useHydrated } from "@/components/ui/use-hydrated";
import type { ChannelType } from "@/lib/channel-types";
import { insertMention, mentionAt, mentionedIn } from "@/lib/notes/mention-text";
import { useModelProvider, useProcesses, useSuggestReply } from "@/lib/queries/use-ai";
import { countCannedReplyUse } from "@/lib/queries/use-canned";
import { useConnectedChannels } from "@/lib/queries/use-channels";
import { useContact } from "@/lib/queries/use-contact";
import { takeUnsent, useDraft, useDraftSaver } from "@/lib/queries/use-draft";
import { useWriteNote } from "@/lib/queries/use-notes";
import { useSendReply } from "@/lib/queries/use-reply";
import { fillTemplate, missingMarker, templateValues } from "@/lib/templates";
import type { UserJson } from "@/lib/users/json";
import { cannedQuery, useCannedPicker } from "./canned-picker";
import { EmailFields, type EmailThread, useEmailFields } from "./email-parts";
import { useMentionPicker } from "./mention-picker";
import { AttachButton, ReplyFileList, useReplyFiles } from "./reply-files";

export type ComposerMode = "reply" | "note";
/** What the page's shortcuts do with the composer: `r` and `n` put the cursor in it, in that mode. */
export type ComposerHandle = { focus(mode: ComposerMode): void };

/**
 * A reply to the contact, or a private note for the team (with `@` to mention someone). Enter
 * sends, Shift+Enter breaks the line (in an email thread Enter is a new line and Ctrl/Cmd+Enter
 * sends); a failed send keeps the text and shows why.
 */
export const ReplyComposer = forwardRef<
  ComposerHandle,
  {
    conversationId: string;
    channelLabel: string;
    channelType?: ChannelType;
    /** The conversation's process: Suggest reply asks it (or the organization's first). */
    process?: string | null;
    /** Its contact, whose fields fill a canned reply's variables. */
    contactId?: string | null;
    /** The viewer only reads it, as a participant (a note mentioned them): notes only. */
    notesOnly?: boolean;
    /** An email thread's addresses and subject, which its replies start from. */
    emailThread?: EmailThread | null;
    onTyping?: () => void;
  }
>(function ReplyComposer(
  { conversationId, channelLabel, channelType, process, contactId, notesOnly, emailThread = null, onTyping },
  ref,
) {
  const [text, setText] = useState("");
  const [chosenMode, setMode] = useState<ComposerMode>("reply");
  const mode: ComposerMode = notesOnly ? "note" : chosenMode;
  const note = mode === "note";
  const textarea = useRef<HTMLTextAreaElement>(null);
  useImperativeHandle(ref, () => ({
    focus(next) {
      setMode(next);
      textarea.current?.focus();
    },
  }));
  const send = useSendReply(conversationId);
  const writeNote = useWriteNote(conversationId);
  const sending = note ? writeNote : send;
  // The draft kept on the server comes back when the thread opens, unless typing has begun; after a
  // reload, the words this tab had not saved yet come first (and are saved again).
  const draft = useDraft(conversationId);
  const saver = useDraftSaver(conversationId);
  const typed = useRef(false);
  useEffect(() => {
    const unsent = takeUnsent(conversationId);
    if (unsent === null) return;
    typed.current = true;
    setText(unsent);
    saver.schedule(unsent);
  }, [conversationId, saver]);
  useEffect(() => {
    if (!typed.current && draft.data?.body) setText(draft.data.body);
  }, [draft.data]);
  const connected = useConnectedChannels();
  // The built-in provider records a reply as sent and delivered: say that it reaches nobody.
  const unconnected = channelType && connected.data && !connected.data.includes(channelType);
  const isEmail = channelType === "email";
  const running = useHydrated();
  const provider = useModelProvider();
  const processes = useProcesses();
  const suggest = useSuggestReply();
  const suggestWith = process ?? processes.data?.[0]?._id;
  const viewer = useViewer();
  const contact = useContact(contactId ?? null);
  const setTyped = (words: string) => {
    typed.current = true;
    setText(words);
    saver.schedule(words);
  };
  // Files for the reply (not for notes): picked, dropped or pasted.
  const files = useReplyFiles(conversationId, channelType);
  const [dragging, setDragging] = useState(false);
  // `/` at the start: the canned replies; one picked is filled with the contact's and your fields,
  // and its files are copied into this reply.
  const canned = useCannedPicker(cannedQuery(text), (reply) => {
    const values = templateValues(contact.data ?? { fullName: "" }, { fullName: viewer.name });
    setTyped(fillTemplate(reply.body, values, missingMarker).text);
    void countCannedReplyUse(reply._id);
    files.addFromCanned(reply);
  });
  // `@` in a note: the people to mention. Who was picked is kept, and mentioned if still named.
  const [caret, setCaret] = useState(0);
  const [picked, setPicked] = useState<UserJson[]>([]);
  const typingMention = note ? mentionAt(text, caret) : null;
  const mention = useMentionPicker(typingMention?.query ?? null, (person) => {
    if (!typingMention) return;
    const done = insertMention(text, typingMention, person.fullName);
    setTyped(done.text);
    setCaret(done.caret);
    setPicked((people) => (people.some((p) => p._id === person._id) ? people : [...people, person]));
    requestAnimationFrame(() => textarea.current?.setSelectionRange(done.caret, done.caret));
  });
  // A variable with no value stays as its marker: it is filled in by hand before the reply can go.
  const unfilled = text.match(/\[(?:contact|agent)\.[A-Za-z0-9_]+\?\]/g);

  const email = useEmailFields(emailThread);
  const attached = note ? [] : files.ready;
  const filesHold = !note && (files.uploading || files.refused || files.tooMany || email.missing);
  const empty = !text.trim() && attached.length === 0;

  async function submit() {
    const body = text.trim();
    if (empty || sending.isPending || unfilled || filesHold) return;
    await saver.settle();
    const done = {
      onSuccess: () => {
        setText("");
        setPicked([]);
        saver.sent();
        if (!note) files.sent();
      },
    };
    if (note) writeNote.mutate({ body, mentions: mentionedIn(body, picked) }, done);
    else send.mutate({ body, attachments: attached, email: email.value() }, done);
  }

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      // A file dragged over the composer is dropped into the reply (notes take no files).
      onDragOver={(e) => {
        if (note || !e.dataTransfer.types.includes("Files")) return;
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDragging(false);
      }}
      onDrop={(e) => {
        setDragging(false);
        if (note || e.dataTransfer.files.length === 0) return;
        e.preventDefault();
        files.add([...e.dataTransfer.files]);
      }}
      className={`relative border-t p-2 ${note ? "border-amber-200 bg-amber-50" : "border-slate-200 bg-white"} ${
        dragging ? "ring-2 ring-blue-500 ring-inset" : ""
      }`}
    >
      {dragging && (
        <p className="pointer-events-none absolute inset-0 z-10 flex items-center justify-center bg-blue-50/90 text-sm font-medium text-blue-900">
          Drop to attach to the reply
        </p>
      )}
      {canned.list}
      {mention.list}
      <fieldset aria-label="Write" className="mb-1 flex gap-1">
        {(["reply", "note"] as const).map((each) => (
          <button
            key={each}
            type="button"
            aria-pressed={mode === each}
            aria-keyshortcuts={each === "reply" ? "r" : "n"}
            disabled={each === "reply" && notesOnly}
            title={each === "reply" && notesOnly ? "You were mentioned here: you can write notes" : undefined}
            onClick={() => {
              setMode(each);
              textarea.current?.focus();
            }}
            className="rounded-md px-2 py-0.5 text-xs font-medium text-slate-600 hover:bg-slate-100 disabled:cursor-not-allowed disabled:opacity-50 aria-pressed:bg-slate-900 aria-pressed:text-white"
          >
            {each === "reply" ? "Reply" : "Private note"}
          </button>
        ))}
        {note && <span className="self-center text-xs text-amber-900">Only your team sees notes.</span>}
      </fieldset>
      {!note && emailThread && <EmailFields fields={email.fields} />}
      {!note && <ReplyFileList files={files} />}
      <label htmlFor="reply" className="sr-only">
        {note ? "Private note (only your team sees it)" : `Reply by ${channelLabel}`}
      </label>
      <textarea
        ref={textarea}
        id="reply"
        // In the server's HTML too: until the page runs, what is typed would reach no one.
        disabled={!running}
        rows={2}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setCaret(e.target.selectionStart);
          typed.current = true;
          saver.schedule(e.target.value);
          if (e.target.value) onTyping?.();
          if (sending.isError) sending.reset();
        }}
        onSelect={(e) => setCaret(e.currentTarget.selectionStart)}
        onPaste={(e) => {
          // A pasted screenshot or file goes into the reply; pasted text stays text.
          if (note || e.clipboardData.files.length === 0) return;
          e.preventDefault();
          files.add([...e.clipboardData.files]);
        }}
        {...canned.inputProps}
        {...mention.inputProps}
        onKeyDown={(e) => {
          if (canned.onKeyDown(e) || mention.onKeyDown(e)) {
            e.preventDefault();
            return;
          }
          // Chat channels send on Enter. An email is a letter: Enter is a new line there, and
          // Ctrl/Cmd+Enter sends (as it does everywhere).
          const sends =
            e.key === "Enter" && !e.nativeEvent.isComposing && (e.ctrlKey || e.metaKey || (!e.shiftKey && !isEmail));
          if (sends) {
            e.preventDefault();
            void submit();
          }
          if (e.key === "Escape") e.currentTarget.blur();
        }}
        placeholder={
          note
            ? "A note for your team… (@ to mention someone, Enter to add)"
            : isEmail
              ? `Reply by ${channelLabel}… (Ctrl+Enter to send)`
              : `Reply by ${channelLabel}… (Enter to send, Shift+Enter for a new line, / for canned replies)`
        }
        className={`w-full resize-none rounded-md border bg-white px-3 py-2 text-sm focus:outline-none ${
          note ? "border-amber-300 focus:border-amber-600" : "border-slate-300 focus:border-blue-600"
        }`}
      />
      <div className="mt-1 flex items-center gap-2">
        {!note && <AttachButton files={files} disabled={!running} />}
        {unconnected && !note && !send.isError && (
          <p className="flex-1 text-xs text-amber-800">
            No {channelLabel} provider is connected: replies are recorded here but delivered nowhere.
          </p>
        )}
        {sending.isError && (
          <p role="alert" className="flex-1 text-sm text-red-800">
            {note ? "Not added" : "Not sent"}: {sending.error.message}
          </p>
        )}
        {email.missing && !note && !sending.isError && (
          <p role="status" className="flex-1 text-sm text-amber-800">
            Add who it goes to in To.
          </p>
        )}
        {unfilled && !sending.isError && (
          <p role="status" className="flex-1 text-sm text-amber-800">
            Fill in {[...new Set(unfilled)].join(", ")} before sending.
          </p>
        )}
        {suggest.isError && !sending.isError && !note && (
          <p role="alert" className="flex-1 text-sm text-red-800">
            No suggestion: {suggest.error.message}
          </p>
        )}
        {provider.data && suggestWith && !note && (
          <Button
            size="sm"
            variant="ghost"
            className={send.isError || suggest.isError || unconnected ? "" : "ml-auto"}
            disabled={suggest.isPending}
            onClick={() =>
              suggest.mutate(
                { conversationId, processId: suggestWith },
                {
                  onSuccess: (answer) => {
                    const words =
                      answer.reply ?? (answer.handoff ? `(The AI would hand this to a person: ${answer.handoff})` : "");
                    setTyped(words);
                  },
                },
              )
            }
          >
            {suggest.isPending ? "Thinking…" : "✦ Suggest reply"}
          </Button>
        )}
        <SubmitButton
          variant="primary"
          size="sm"
          className={provider.data && suggestWith && !note ? "" : "ml-auto"}
          disabled={empty || sending.isPending || Boolean(unfilled) || filesHold}
        >
          {note
            ? writeNote.isPending
              ? "Adding…"
              : "Add note"
            : send.isPending
              ? "Sending…"
              : files.uploading
                ? "Uploading…"
                : "Send"}
        </SubmitButton>
      </div>
    </form>
  );
});
