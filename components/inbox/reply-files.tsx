"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import { Paperclip } from "@/components/ui/paperclip";
import type { ChannelType } from "@/lib/channel-types";
import { channelLabels } from "@/lib/channel-types";
import { removeReplyFile, uploadReplyFile } from "@/lib/queries/uploads";
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
  const limits = channelType ? attachmentLimits[channelType] : undefined;
  const change = useCallback(
    (key: string, patch: Partial<ReplyFile>) =>
      setFiles((all) => all.map((file) => (file.key === key ? { ...file, ...patch } : file))),
    [],
  );

  // A new thread starts with none (what was uploaded for the last one stays unsent there).
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset when the conversation changes
  useEffect(() => {
    setFiles([]);
  }, [conversationId]);

  const add = useCallback(
    (picked: File[]) => {
      for (const file of picked) {
        const key = `file-${++counter}`;
        const most = Math.min(limits?.maxFileBytes ?? MAX_ATTACHMENT_BYTES, MAX_ATTACHMENT_BYTES);
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
        // One at a time: a person's uploads are limited to a few at once.
        queue.current = queue.current.then(() =>
          uploadReplyFile(conversationId, file, (share) => change(key, { progress: share }))
            .then((upload) => change(key, { upload, progress: 1 }))
            .catch((error: Error) => change(key, { error: error.message })),
        );
      }
    },
    [conversationId, limits, change],
  );

  const addUploaded = useCallback((uploads: UploadJson[]) => {
    setFiles((all) => [
      ...all,
      ...uploads.map((upload) => ({
        key: `file-${++counter}`,
        name: upload.name,
        size: upload.size,
        progress: 1,
        upload,
      })),
    ]);
  }, []);

  const remove = useCallback(
    (key: string) => {
      setFiles((all) => {
        const file = all.find((f) => f.key === key);
        if (file?.preview) URL.revokeObjectURL(file.preview);
        if (file?.upload) void removeReplyFile(conversationId, file.upload.id).catch(() => {});
        return all.filter((f) => f.key !== key);
      });
    },
    [conversationId],
  );

  const clear = useCallback(() => {
    setFiles((all) => {
      for (const file of all) if (file.preview) URL.revokeObjectURL(file.preview);
      return [];
    });
  }, []);

  const uploading = files.some((f) => !f.upload && !f.error);
  const ready = files.flatMap((f) => (f.upload ? [f.upload.id] : []));
  const refused = files.some((f) => f.error);
  const tooMany = limits ? ready.length > limits.maxFiles : false;
  const hint =
    limits && channelType
      ? `${channelLabels[channelType]} carries ${typeNames(limits)} files, up to ${limits.maxFiles} of ${formatBytes(limits.maxFileBytes)} each`
      : undefined;
  return { files, add, addUploaded, remove, clear, uploading, ready, refused, tooMany, hint, limits };
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
