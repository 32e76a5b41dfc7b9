"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import { Paperclip } from "@/components/ui/paperclip";
import type { CannedReplyJson } from "@/lib/canned/replies";
import type { ChannelType } from "@/lib/channel-types";
import { channelLabels } from "@/lib/channel-types";
import { copyCannedFiles, removeReplyFile, uploadReplyFile } from "@/lib/queries/uploads";
import { attachmentLimits, formatBytes, MAX_ATTACHMENT_BYTES, typeNames } from "@/lib/uploads/limits";
import type { UploadJson } from "@/lib/uploads/uploads";

/** A file in the composer: on its way up (with its progress), up (its upload), or refused (why). */
export type ReplyFile = {
  key: string;
  name: string;
  size: number;
  progress: number;
  upload?: UploadJson;
  error?: string;
  /** An image's picture, from the file itself while it is in the composer. */
  preview?: string;
};

let counter = 0;

/**
 * The files of a reply: picked, dropped or pasted, uploaded one after another with their progress,
 * each checked by the server against what the conversation's channel carries (its refusal shown on
 * the file). Removing one takes it back from the server.
 */
export function useReplyFiles(conversationId: string, channelType: ChannelType | undefined) {
  const [files, setFiles] = useState<ReplyFile[]>([]);
  const queue = useRef<Promise<void>>(Promise.resolve());
  // Each file on its way up can be called back (removed before it is up).
  const uploads = useRef(new Map<string, AbortController>());
  const limits = channelType ? attachmentLimits[channelType] : undefined;
  const change = useCallback(
    (keys: string[], patch: (file: ReplyFile, index: number) => Partial<ReplyFile>) =>
      setFiles((all) =>
        all.map((file) => (keys.includes(file.key) ? { ...file, ...patch(file, keys.indexOf(file.key)) } : file)),
      ),
    [],
  );

  const clear = useCallback(() => {
    for (const upload of uploads.current.values()) upload.abort();
    uploads.current.clear();
    setFiles((all) => {
      for (const file of all) if (file.preview) URL.revokeObjectURL(file.preview);
      return [];
    });
  }, []);

  // A new thread starts with none (what was uploaded for the last one stays unsent there).
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset when the conversation changes
  useEffect(() => clear(), [conversationId]);

  const add = useCallback(
    (picked: File[]) => {
      const most = limits?.maxFileBytes ?? MAX_ATTACHMENT_BYTES;
      for (const file of picked) {
        const key = `file-${++counter}`;
        const entry: ReplyFile = {
          key,
          name: file.name || "pasted file",
          size: file.size,
          progress: 0,
          preview:
            file.type.startsWith("image/") && file.type !== "image/svg+xml" ? URL.createObjectURL(file) : undefined,
          error: file.size > most ? `Over ${formatBytes(most)}` : file.size === 0 ? "The file is empty" : undefined,
        };
        setFiles((all) => [...all, entry]);
        if (entry.error) continue;
        const abort = new AbortController();
        uploads.current.set(key, abort);
        // One at a time: a person's uploads are limited to a few at once.
        queue.current = queue.current.then(() =>
          uploadReplyFile(conversationId, file, (share) => change([key], () => ({ progress: share })), abort.signal)
            .then((upload) => change([key], () => ({ upload, progress: 1 })))
            .catch((error: Error) => {
              if (!abort.signal.aborted) change([key], () => ({ error: error.message }));
            })
            .finally(() => uploads.current.delete(key)),
        );
      }
    },
    [conversationId, limits, change],
  );

  /** A canned reply's files, copied into this reply: shown at once, held as uploading until copied. */
  const addFromCanned = useCallback(
    (reply: CannedReplyJson) => {
      if (reply.attachments.length === 0) return;
      const keys = reply.attachments.map(() => `file-${++counter}`);
      setFiles((all) => [
        ...all,
        ...reply.attachments.map((file, i) => ({
          key: keys[i] as string,
          name: file.name,
          size: file.size,
          progress: 0,
        })),
      ]);
      copyCannedFiles(conversationId, reply._id)
        .then((copies) =>
          change(keys, (_, i) => ({ upload: copies[i], progress: 1, error: copies[i] ? undefined : "Not copied" })),
        )
        .catch((error: Error) =>
          change(keys, () => ({ error: `Not added from /${reply.shortcut}: ${error.message}` })),
        );
    },
    [conversationId, change],
  );

  /** Takes a file out of the reply: its upload called back, or the uploaded file taken back. */
  const remove = (key: string) => {
    const file = files.find((f) => f.key === key);
    uploads.current.get(key)?.abort();
    if (file?.preview) URL.revokeObjectURL(file.preview);
    if (file?.upload) void removeReplyFile(conversationId, file.upload.id).catch(() => {});
    setFiles((all) => all.filter((f) => f.key !== key));
  };

  /** After sending: the files went with the reply, only their previews are let go. */
  const sent = () => {
    for (const file of files) if (file.preview) URL.revokeObjectURL(file.preview);
    setFiles([]);
  };

  const uploading = files.some((f) => !f.upload && !f.error);
  const ready = files.flatMap((f) => (f.upload ? [f.upload.id] : []));
  const refused = files.some((f) => f.error);
  const tooMany = limits ? ready.length > limits.maxFiles : false;
  const hint =
    limits && channelType
      ? `${channelLabels[channelType]} carries ${typeNames(limits)} files, up to ${limits.maxFiles} of ${formatBytes(limits.maxFileBytes)} each`
      : undefined;
  return { files, add, addFromCanned, remove, sent, uploading, ready, refused, tooMany, hint, limits };
}

export type ReplyFiles = ReturnType<typeof useReplyFiles>;

/** The files above the text: each with its picture or name, its progress or refusal, and a remove button. */
export function ReplyFileList({ files }: { files: ReplyFiles }) {
  if (files.files.length === 0) return null;
  return (
    <ul aria-label="Files to send" className="mb-1.5 flex flex-wrap gap-1.5">
      {files.files.map((file) => (
        <li
          key={file.key}
          className={`flex max-w-60 items-center gap-2 rounded-md border px-2 py-1 text-xs ${
            file.error ? "border-red-300 bg-red-50 text-red-900" : "border-slate-200 bg-slate-50 text-slate-800"
          }`}
        >
          {file.preview && !file.error ? (
            // biome-ignore lint/performance/noImgElement: a local blob: preview, nothing to optimise
            <img src={file.preview} alt="" className="size-8 shrink-0 rounded object-cover" />
          ) : (
            <Paperclip className="size-4 text-slate-500" />
          )}
          <span className="min-w-0">
            <span className="block truncate font-medium">{file.name}</span>
            {file.error ? (
              <span role="alert" className="block">
                {file.error}
              </span>
            ) : file.upload ? (
              <span className="block text-slate-500">{formatBytes(file.upload.size)}</span>
            ) : (
              <progress
                aria-label={`Uploading ${file.name}`}
                value={Math.round(file.progress * 100)}
                max={100}
                className="block h-1.5 w-24 accent-blue-600"
              />
            )}
          </span>
          <button
            type="button"
            aria-label={`Remove ${file.name}`}
            onClick={() => files.remove(file.key)}
            className="shrink-0 rounded px-1 text-slate-500 hover:bg-slate-200 hover:text-slate-900"
          >
            ×
          </button>
        </li>
      ))}
      {files.tooMany && files.limits && (
        <li role="alert" className="self-center text-xs text-red-800">
          At most {files.limits.maxFiles} files in one message.
        </li>
      )}
    </ul>
  );
}

/** The paperclip: a file picker for the types the channel carries. */
export function AttachButton({ files, disabled }: { files: ReplyFiles; disabled?: boolean }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button
        type="button"
        disabled={disabled}
        onClick={() => input.current?.click()}
        aria-label="Attach files"
        title={files.hint ? `Attach files. ${files.hint}` : "Attach files"}
        className="inline-flex items-center gap-1 rounded-md px-2 py-1 text-sm text-slate-600 hover:bg-slate-100 disabled:opacity-50"
      >
        <Paperclip /> Attach
      </button>
      <input
        ref={input}
        type="file"
        multiple
        hidden
        accept={files.limits?.types.join(",")}
        data-testid="attach-input"
        onChange={(e) => {
          files.add([...(e.target.files ?? [])]);
          e.target.value = "";
        }}
      />
    </>
  );
}
