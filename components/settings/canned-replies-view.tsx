"use client";
import { useState } from "react";
import { toast } from "sonner";
import { useViewer } from "@/components/layout/viewer-context";
import { Button, SubmitButton } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { Field, FormError, TextAreaField } from "@/components/ui/field";
import { failed } from "@/components/ui/notify";
import { Paperclip } from "@/components/ui/paperclip";
import { EmptyState, QueryStates } from "@/components/ui/states";
import { useSubmit } from "@/components/ui/use-submit";
import { canSeeWholeOrganization } from "@/lib/auth/viewer";
import type { CannedReplyJson } from "@/lib/canned/replies";
import {
  useAddCannedFile,
  useCannedReplies,
  useCreateCannedReply,
  useDeleteCannedReply,
  useRemoveCannedFile,
  useUpdateCannedReply,
} from "@/lib/queries/use-canned";
import { cannedAttachmentLimits, formatBytes, typeNames } from "@/lib/uploads/limits";

const VARIABLES =
  "{{contact.firstName}}, {{contact.name}}, {{contact.email}}, {{contact.phone}}, any field the contact has ({{contact.budget}}), {{agent.firstName}}, {{agent.name}}";

/** Settings → Canned replies: the organization's (managers and admins write them) and your own. */
export function CannedRepliesView() {
  const viewer = useViewer();
  const replies = useCannedReplies();
  const [editing, setEditing] = useState<string | "new" | null>(null);
  const manager = canSeeWholeOrganization(viewer);
  const groups = [
    { title: "Your organization's", scope: "organization" as const },
    { title: "Yours", scope: "personal" as const },
  ];
  return (
    <main className="mx-auto h-full max-w-2xl space-y-6 overflow-y-auto p-4">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <h1 className="text-xl font-semibold text-slate-900">Canned replies</h1>
          <p className="mt-1 max-w-lg text-sm text-slate-600">
            Type <kbd className="rounded border border-slate-300 px-1 font-mono">/</kbd> at the start of a reply to pick
            one; its variables are filled with the contact&apos;s and your details. The most used come first.
          </p>
        </div>
        {editing !== "new" && (
          <Button variant="primary" onClick={() => setEditing("new")}>
            New canned reply
          </Button>
        )}
      </div>
      {editing === "new" && <CannedReplyForm manager={manager} onDone={() => setEditing(null)} />}
      <QueryStates query={replies} loading="Loading canned replies" lines={3} />
      {replies.data?.length === 0 && editing !== "new" && (
        <EmptyState
          title="No canned replies yet"
          hint="Save the answers you give every day, and send them in two keys."
        />
      )}
      {replies.data &&
        replies.data.length > 0 &&
        groups.map((group) => {
          const items = replies.data.filter((reply) => reply.scope === group.scope);
          if (items.length === 0) return null;
          return (
            <section key={group.scope} aria-label={group.title} className="space-y-2">
              <h2 className="text-sm font-medium text-slate-800">{group.title}</h2>
              <ul className="space-y-2">
                {items.map((reply) =>
                  editing === reply._id ? (
                    <li key={reply._id}>
                      <CannedReplyForm reply={reply} manager={manager} onDone={() => setEditing(null)} />
                    </li>
                  ) : (
                    <li key={reply._id} className="rounded-lg border border-slate-200 bg-white p-3">
                      <div className="flex items-start justify-between gap-2">
                        <div className="min-w-0">
                          <p className="font-mono text-sm text-slate-900">/{reply.shortcut}</p>
                          <p className="mt-1 text-sm whitespace-pre-wrap text-slate-700">{reply.body}</p>
                          {reply.attachments.length > 0 && (
                            <p className="mt-1 flex items-center gap-1 text-xs text-slate-600">
                              <Paperclip />
                              {reply.attachments.map((a) => a.name).join(", ")}
                            </p>
                          )}
                          <p className="mt-1 text-xs text-slate-500">Used {reply.usageCount} times</p>
                        </div>
                        {(reply.scope === "personal" || manager) && (
                          <Button
                            size="sm"
                            onClick={() => setEditing(reply._id)}
                            aria-label={`Edit /${reply.shortcut}`}
                          >
                            Edit
                          </Button>
                        )}
                      </div>
                    </li>
                  ),
                )}
              </ul>
            </section>
          );
        })}
    </main>
  );
}

function CannedReplyForm({
  reply,
  manager,
  onDone,
}: {
  reply?: CannedReplyJson;
  manager: boolean;
  onDone: () => void;
}) {
  const create = useCreateCannedReply();
  const update = useUpdateCannedReply();
  const remove = useDeleteCannedReply();
  const [shortcut, setShortcut] = useState(reply?.shortcut ?? "");
  const [body, setBody] = useState(reply?.body ?? "");
  const [scope, setScope] = useState<"organization" | "personal">(
    reply?.scope ?? (manager ? "organization" : "personal"),
  );
  const save = useSubmit(async () => {
    const input = { shortcut: shortcut.trim().replace(/^\//, ""), body: body.trim() };
    if (reply) await update.mutateAsync({ id: reply._id, ...input });
    else await create.mutateAsync({ ...input, scope });
    toast.success(reply ? "Canned reply saved" : "Canned reply added");
    onDone();
  });
  return (
    <form
      aria-label={reply ? `Edit /${reply.shortcut}` : "New canned reply"}
      className="space-y-3 rounded-lg border border-blue-200 bg-white p-4"
      onSubmit={(event) => {
        event.preventDefault();
        void save.run(undefined);
      }}
    >
      <Field
        label="Shortcut"
        value={shortcut}
        onChange={(e) => setShortcut(e.target.value)}
        required
        maxLength={41}
        placeholder="hours"
        hint="What you type after /: letters, digits, - and _."
        error={save.fieldErrors.shortcut}
      />
      <TextAreaField
        label="Text"
        value={body}
        onChange={(e) => setBody(e.target.value)}
        required
        rows={4}
        maxLength={5000}
        placeholder="Hi {{contact.firstName}}, we are open 9 to 5 on weekdays."
        hint={`Variables: ${VARIABLES}. One with no value shows as [contact.email?] for you to fill in.`}
        error={save.fieldErrors.body}
      />
      {!reply && manager && (
        <fieldset className="flex gap-4 text-sm">
          <legend className="sr-only">Whose</legend>
          {(["organization", "personal"] as const).map((value) => (
            <label key={value} className="flex items-center gap-1.5">
              <input type="radio" name="scope" checked={scope === value} onChange={() => setScope(value)} />
              {value === "organization" ? "For everyone in the organization" : "Only for me"}
            </label>
          ))}
        </fieldset>
      )}
      {reply ? (
        <CannedFiles reply={reply} />
      ) : (
        <p className="text-xs text-slate-500">Files (a menu, a price list) can be added once it is saved.</p>
      )}
      <FormError message={save.error} />
      <div className="flex flex-wrap gap-2">
        <SubmitButton variant="primary" disabled={save.pending || !shortcut.trim() || !body.trim()}>
          {reply ? "Save" : "Add canned reply"}
        </SubmitButton>
        <Button onClick={onDone}>Cancel</Button>
        {reply && (
          <span className="ml-auto">
            <ConfirmButton
              label="Delete"
              confirm={`Delete /${reply.shortcut}`}
              onConfirm={() => remove.mutate(reply._id, { onSuccess: onDone, onError: failed("Could not delete it") })}
            />
          </span>
        )}
      </div>
    </form>
  );
}

/** A reply's files: each copied into the reply that uses it. Added and removed at once (no Save). */
function CannedFiles({ reply }: { reply: CannedReplyJson }) {
  const add = useAddCannedFile();
  const remove = useRemoveCannedFile();
  const [progress, setProgress] = useState<{ name: string; share: number } | null>(null);
  const full = reply.attachments.length >= cannedAttachmentLimits.maxFiles;
  return (
    <fieldset className="space-y-1.5">
      <legend className="text-sm font-medium text-slate-800">Files</legend>
      {reply.attachments.length > 0 && (
        <ul aria-label={`Files of /${reply.shortcut}`} className="space-y-1">
          {reply.attachments.map((file) => (
            <li key={file.id} className="flex items-center gap-2 text-sm text-slate-700">
              <a href={`/api/attachments/${file.id}`} target="_blank" rel="noreferrer noopener" className="underline">
                {file.name}
              </a>
              <span className="text-xs text-slate-500">{formatBytes(file.size)}</span>
              <Button
                size="sm"
                variant="ghost"
                aria-label={`Remove ${file.name}`}
                disabled={remove.isPending}
                onClick={() =>
                  remove.mutate(
                    { id: reply._id, uploadId: file.id },
                    { onError: failed(`Could not remove ${file.name}`) },
                  )
                }
              >
                Remove
              </Button>
            </li>
          ))}
        </ul>
      )}
      {progress && (
        <progress
          aria-label={`Uploading ${progress.name}`}
          value={Math.round(progress.share * 100)}
          max={100}
          className="block h-1.5 w-40 accent-blue-600"
        />
      )}
      <label
        className={`inline-flex items-center gap-1 rounded-md border border-slate-300 px-2 py-1 text-sm text-slate-700 ${
          full || add.isPending ? "opacity-50" : "cursor-pointer hover:bg-slate-50"
        }`}
      >
        <Paperclip /> Add a file
        <input
          type="file"
          className="sr-only"
          disabled={full || add.isPending}
          accept={cannedAttachmentLimits.types.join(",")}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = "";
            if (!file) return;
            setProgress({ name: file.name, share: 0 });
            add.mutate(
              { id: reply._id, file, onProgress: (share) => setProgress({ name: file.name, share }) },
              { onError: failed(`${file.name} was not added`), onSettled: () => setProgress(null) },
            );
          }}
        />
      </label>
      <p className="text-xs text-slate-500">
        {typeNames(cannedAttachmentLimits)}, up to {formatBytes(cannedAttachmentLimits.maxFileBytes)}, at most{" "}
        {cannedAttachmentLimits.maxFiles}. A conversation&apos;s channel may take fewer types (SMS takes no WebP or Word
        files).
      </p>
    </fieldset>
  );
}
