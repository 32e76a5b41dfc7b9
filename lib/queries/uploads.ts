import type { UploadJson } from "@/lib/uploads/uploads";
import { ApiClientError, apiFetch } from "./api-client";

// Files sent from the browser: their bytes as the request's body (XMLHttpRequest, whose upload
// reports progress, which fetch cannot), answered as any API call is.

/** Sends `file` to `path` (`?name=` its name); `onProgress` hears the share sent, 0 to 1. */
export function sendFile<T>(path: string, file: File, onProgress: (share: number) => void, signal?: AbortSignal) {
  return new Promise<T>((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open("POST", `${path}?name=${encodeURIComponent(file.name)}`);
    request.setRequestHeader("Content-Type", "application/octet-stream");
    request.responseType = "json";
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onload = () => {
      const answer = request.response as { message?: string; errors?: { path: string; message: string }[] } | null;
      if (request.status >= 200 && request.status < 300) return resolve(answer as T);
      if (request.status === 401) window.location.assign("/login");
      reject(
        new ApiClientError(request.status, answer?.message ?? `Upload failed (${request.status})`, answer?.errors),
      );
    };
    request.onerror = () =>
      reject(new ApiClientError(0, "Cannot reach the server. Check your connection and try again."));
    request.onabort = () => reject(new DOMException("Upload cancelled", "AbortError"));
    if (signal?.aborted) return reject(new DOMException("Upload cancelled", "AbortError"));
    signal?.addEventListener("abort", () => request.abort(), { once: true });
    request.send(file);
  });
}

export const uploadReplyFile = (
  conversationId: string,
  file: File,
  onProgress: (share: number) => void,
  signal?: AbortSignal,
) =>
  sendFile<{ data: UploadJson }>(`/api/conversation/${conversationId}/uploads`, file, onProgress, signal).then(
    (answer) => answer.data,
  );

export const removeReplyFile = (conversationId: string, uploadId: string) =>
  apiFetch(`/api/conversation/${conversationId}/uploads/${uploadId}`, { method: "DELETE" });

export const copyCannedFiles = async (conversationId: string, cannedReplyId: string) =>
  (
    await apiFetch<{ uploads: UploadJson[] }>(`/api/conversation/${conversationId}/uploads/canned`, {
      method: "POST",
      body: { cannedReplyId },
    })
  ).uploads;
