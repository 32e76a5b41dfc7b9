"use client";
import { forwardRef, useEffect, useRef, useState } from "react";
import { useViewer } from "@/components/layout/viewer-context";
import { Button, SubmitButton } from "@/components/ui/button";
import { useHydrated } from "@/components/ui/use-hydrated";
import type { ChannelType } from "@/lib/channel-types";
import { useModelProvider, useProcesses, useSuggestReply } from "@/lib/queries/use-ai";
import { countCannedReplyUse } from "@/lib/queries/use-canned";
import { useConnectedChannels } from "@/lib/queries/use-channels";
import { useContact } from "@/lib/queries/use-contact";
import { takeUnsent, useDraft, useDraftSaver } from "@/lib/queries/use-draft";
import { useSendReply } from "@/lib/queries/use-reply";
import { fillTemplate, missingMarker, templateValues } from "@/lib/templates";
import { cannedQuery, useCannedPicker } from "./canned-picker";

/**
 * Enter sends, Shift+Enter breaks the line (in an email thread Enter is a new line and Ctrl/Cmd+Enter
 * sends); a failed send keeps the text and shows why.
 */
export const ReplyComposer = forwardRef<
  HTMLTextAreaElement,
  {
    conversationId: string;
    channelLabel: string;
    channelType?: ChannelType;
    /** The conversation's process: Suggest reply asks it (or the organization's first). */
    process?: string | null;
    /** Its contact, whose fields fill a canned reply's variables. */
    contactId?: string | null;
    onTyping?: () => void;
  }
>(function ReplyComposer({ conversationId, channelLabel, channelType, process, contactId, onTyping }, ref) {
  const [text, setText] = useState("");
  const send = useSendReply(conversationId);
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
  // `/` at the start: the canned replies; one picked is filled with the contact's and your fields.
  const canned = useCannedPicker(cannedQuery(text), (reply) => {
    const values = templateValues(contact.data ?? { fullName: "" }, { fullName: viewer.name });
    setTyped(fillTemplate(reply.body, values, missingMarker).text);
    void countCannedReplyUse(reply._id);
  });
  // A variable with no value stays as its marker: it is filled in by hand before the reply can go.
  const unfilled = text.match(/\[(?:contact|agent)\.[A-Za-z0-9_]+\?\]/g);

  async function submit() {
    const body = text.trim();
    if (!body || send.isPending || unfilled) return;
    await saver.settle();
    send.mutate(body, {
      onSuccess: () => {
        setText("");
        saver.sent();
      },
    });
  }

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      className="relative border-t border-slate-200 bg-white p-2"
    >
      {canned.list}
      <label htmlFor="reply" className="sr-only">
        Reply by {channelLabel}
      </label>
      <textarea
        ref={ref}
        id="reply"
        // In the server's HTML too: until the page runs, what is typed would reach no one.
        disabled={!running}
        rows={2}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          typed.current = true;
          saver.schedule(e.target.value);
          if (e.target.value) onTyping?.();
          if (send.isError) send.reset();
        }}
        {...canned.inputProps}
        onKeyDown={(e) => {
          if (canned.onKeyDown(e)) {
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
          isEmail
            ? `Reply by ${channelLabel}… (Ctrl+Enter to send)`
            : `Reply by ${channelLabel}… (Enter to send, Shift+Enter for a new line, / for canned replies)`
        }
        className="w-full resize-none rounded-md border border-slate-300 px-3 py-2 text-sm focus:border-blue-600 focus:outline-none"
      />
      <div className="mt-1 flex items-center gap-2">
        {unconnected && !send.isError && (
          <p className="flex-1 text-xs text-amber-800">
            No {channelLabel} provider is connected: replies are recorded here but delivered nowhere.
          </p>
        )}
        {send.isError && (
          <p role="alert" className="flex-1 text-sm text-red-800">
            Not sent: {send.error.message}
          </p>
        )}
        {unfilled && !send.isError && (
          <p role="status" className="flex-1 text-sm text-amber-800">
            Fill in {[...new Set(unfilled)].join(", ")} before sending.
          </p>
        )}
        {suggest.isError && !send.isError && (
          <p role="alert" className="flex-1 text-sm text-red-800">
            No suggestion: {suggest.error.message}
          </p>
        )}
        {provider.data && suggestWith && (
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
          className={provider.data && suggestWith ? "" : "ml-auto"}
          disabled={!text.trim() || send.isPending || Boolean(unfilled)}
        >
          {send.isPending ? "Sending…" : "Send"}
        </SubmitButton>
      </div>
    </form>
  );
});
