import { memo } from "react";
import { useViewer } from "@/components/layout/viewer-context";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { clockTime } from "@/components/ui/format";
import { Paperclip } from "@/components/ui/paperclip";
import { canSeeWholeOrganization } from "@/lib/auth/viewer";
import type { MessageJson } from "@/lib/messages/json";
import { mentionParts } from "@/lib/notes/mention-text";
import { useDeleteNote } from "@/lib/queries/use-notes";
import { useRetryReply } from "@/lib/queries/use-reply";
import { formatBytes, isImage } from "@/lib/uploads/limits";
import { EmailBody, EmailHeader } from "./email-parts";

type Attachment = { url?: string; name?: string; contentType?: string; size?: number; upload?: string };

const statusText: Record<string, string> = {
  queued: "Sending…",
  sent: "Sent",
  delivered: "Delivered",
  read: "Read",
  failed: "Not delivered",
  received: "",
};

/** One timeline entry: a contact's or our message as a bubble, a system stamp or a private note as
 *  its own card. */
export const MessageEntry = memo(function MessageEntry({
  message,
  contactName,
  conversationId,
}: {
  message: MessageJson;
  contactName: string;
  conversationId: string;
}) {
  if (message.senderType === "SYSTEM") return <SystemStamp message={message} />;
  if (message.private) return <Note message={message} conversationId={conversationId} />;
  const incoming = message.isIncoming;
  const sender = incoming
    ? contactName
    : message.senderType === "AI"
      ? "AI assistant"
      : (message.userId?.fullName ?? "Agent");
  const bubble = incoming
    ? "bg-white border border-slate-200 text-slate-900"
    : message.senderType === "AI"
      ? "bg-violet-100 text-violet-950"
      : "bg-blue-700 text-white";
  return (
    <article
      className={`flex flex-col px-4 py-1.5 ${incoming ? "items-start" : "items-end"}`}
      aria-label={`${sender} at ${clockTime(message.createdAt)}`}
    >
      <span className="mb-0.5 text-xs text-slate-600">
        {sender}
        {message.senderType === "AI" && (
          <span className="ml-1 rounded bg-violet-200 px-1 text-[10px] font-semibold text-violet-900">AI</span>
        )}
      </span>
      {message.email && <EmailHeader email={message.email} contactAddress={message.channelIdentifier} />}
      <div
        className={`max-w-[min(36rem,85%)] rounded-2xl px-3.5 py-2 text-sm break-words whitespace-pre-wrap ${bubble}`}
      >
        {message.email && incoming ? <EmailBody message={message} email={message.email} /> : message.body}
        <Attachments
          attachments={message.attachments as Attachment[]}
          light={!incoming && message.senderType !== "AI"}
        />
      </div>
      <span className={`mt-0.5 text-xs ${message.status === "failed" ? "font-medium text-red-700" : "text-slate-600"}`}>
        {clockTime(message.createdAt)}
        {message.recordedOnly
          ? " · Recorded here only: no channel was connected to send it"
          : statusText[message.status]
            ? ` · ${statusText[message.status]}`
            : ""}
        {message.failureReason ? `: ${message.failureReason}` : ""}
        {message.automatic && " · Automatic reply: it reopened nothing"}
        {message.threadedBy && message.threadedBy !== "new" && ` · ${threadedByText[message.threadedBy]}`}
      </span>
      {message.status === "failed" && !incoming && (
        <RetryButton conversationId={conversationId} messageId={message._id} />
      )}
    </article>
  );
});

/** Why an email joined this thread, as an agent checking it would ask. */
const threadedByText = {
  references: "Joined by its reply headers",
  token: "Joined by the reference in its subject",
  subject: "Joined by its subject",
} as const;

function SystemStamp({ message }: { message: MessageJson }) {
  const stamp = message.systemStamp as {
    type?: string;
    automationName?: string;
    fieldsExtracted: string[];
    actions: string[];
  };
  return (
    <article aria-label={`System: ${stamp.automationName ?? "automation"}`} className="flex justify-center px-4 py-2">
      <div className="w-full max-w-md rounded-lg border border-dashed border-amber-300 bg-amber-50 px-3 py-2 text-sm">
        <div className="flex items-center gap-2 text-amber-950">
          <span aria-hidden>⚙</span>
          <span className="font-semibold">{stamp.automationName ?? "Automation"}</span>
          {stamp.type && <span className="rounded bg-amber-200 px-1.5 text-xs text-amber-950">{stamp.type}</span>}
          <span className="ml-auto text-xs text-amber-900">{clockTime(message.createdAt)}</span>
        </div>
        {message.body && <p className="mt-1 text-amber-950">{message.body}</p>}
        <StampList label="Fields extracted" items={stamp.fieldsExtracted} />
        <StampList label="Actions" items={stamp.actions} />
      </div>
    </article>
  );
}

/** A private note: for the team only, with the people it mentions marked (you most). */
function Note({ message, conversationId }: { message: MessageJson; conversationId: string }) {
  const viewer = useViewer();
  const remove = useDeleteNote(conversationId);
  const author = message.userId?.fullName ?? "Someone";
  const mayDelete = message.userId?._id === viewer.id || canSeeWholeOrganization(viewer);
  return (
    <article
      aria-label={`Private note by ${author} at ${clockTime(message.createdAt)}`}
      className="flex flex-col items-end px-4 py-1.5"
    >
      <div className="w-full max-w-[min(36rem,85%)] rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">
        <div className="flex items-center gap-2 text-xs text-amber-900">
          <svg aria-hidden viewBox="0 0 16 16" className="size-3.5 fill-current">
            <path d="M4.5 7V5a3.5 3.5 0 1 1 7 0v2h.5a1 1 0 0 1 1 1v6a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V8a1 1 0 0 1 1-1h.5Zm1.5 0h4V5a2 2 0 1 0-4 0v2Z" />
          </svg>
          <span className="font-semibold">Private note</span>
          <span>· {author}</span>
          <span className="ml-auto">{clockTime(message.createdAt)}</span>
        </div>
        <p className="mt-1 break-words whitespace-pre-wrap">
          {mentionParts(message.body, message.mentions ?? []).map((part, index) =>
            "mention" in part ? (
              <span
                // biome-ignore lint/suspicious/noArrayIndexKey: parts of one fixed text, in order
                key={index}
                className={`rounded px-0.5 font-medium ${part.mention._id === viewer.id ? "bg-amber-300" : "bg-amber-200"}`}
              >
                @{part.mention.fullName}
              </span>
            ) : (
              // biome-ignore lint/suspicious/noArrayIndexKey: parts of one fixed text, in order
              <span key={index}>{part.text}</span>
            ),
          )}
        </p>
      </div>
      {mayDelete && (
        <ConfirmButton
          label="Delete note"
          confirm="Delete"
          warning="Delete this note for everyone?"
          disabled={remove.isPending}
          onConfirm={() => remove.mutate(message._id)}
        />
      )}
    </article>
  );
}

function StampList({ label, items }: { label: string; items: string[] }) {
  if (items.length === 0) return null;
  return (
    <div className="mt-1.5 flex flex-wrap items-center gap-1">
      <span className="text-xs text-amber-900">{label}:</span>
      {items.map((item) => (
        <code key={item} className="rounded bg-white px-1.5 py-0.5 text-xs text-amber-950 ring-1 ring-amber-300">
          {item}
        </code>
      ))}
    </div>
  );
}

function Attachments({ attachments, light }: { attachments: Attachment[]; light: boolean }) {
  if (!attachments?.length) return null;
  return (
    <ul className="mt-2 space-y-1">
      {attachments.map((a, i) => {
        // Files kept here (an agent's, a visitor's) are ours to show: images in place, from our
        // own origin; a provider's link (an MMS) is only linked.
        const ours = a.upload ? `/api/attachments/${a.upload}` : undefined;
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: attachments have no id; their order is fixed
          <li key={i}>
            {ours && a.contentType && isImage(a.contentType) && (
              <a href={ours} target="_blank" rel="noreferrer noopener" className="mb-1 block w-fit">
                {/* biome-ignore lint/performance/noImgElement: our own file, shown as sent */}
                <img
                  src={ours}
                  alt={a.name ?? "Image"}
                  loading="lazy"
                  className="max-h-48 max-w-full rounded-md border border-slate-200 bg-white object-contain"
                />
              </a>
            )}
            <a
              href={ours ?? a.url}
              target="_blank"
              rel="noreferrer noopener"
              className={`inline-flex items-center gap-1.5 rounded-md px-2 py-1 text-xs underline ${light ? "bg-blue-800 text-white" : "bg-slate-100 text-slate-800"}`}
            >
              <Paperclip />
              {a.name ?? "Attachment"}
              {a.size ? ` (${formatBytes(a.size)})` : ""}
            </a>
          </li>
        );
      })}
    </ul>
  );
}

function RetryButton({ conversationId, messageId }: { conversationId: string; messageId: string }) {
  const retry = useRetryReply(conversationId);
  return (
    <Button
      size="sm"
      variant="ghost"
      className="mt-0.5"
      disabled={retry.isPending}
      onClick={() => retry.mutate(messageId)}
    >
      {retry.isPending ? "Retrying…" : "Retry"}
    </Button>
  );
}
