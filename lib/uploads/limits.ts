import type { ChannelType } from "@/lib/channel-types";

// What each channel carries as attachments, from its provider's documentation, in one place: the
// upload endpoints refuse what the conversation's channel cannot send (type read from the bytes),
// the reply refuses too many or too much, and the composer says the same before uploading.

const MB = 1024 * 1024;

/** The types we accept at all (each is recognised from its bytes), as people name them. */
export const fileTypeNames: Record<string, string> = {
  "image/jpeg": "JPEG",
  "image/png": "PNG",
  "image/gif": "GIF",
  "image/webp": "WebP",
  "application/pdf": "PDF",
  "audio/mpeg": "MP3",
  "video/mp4": "MP4",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "Word (DOCX)",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "Excel (XLSX)",
};

export type AttachmentLimits = {
  /** Content types, as sniffed from the bytes. */
  types: readonly string[];
  /** Files in one message. */
  maxFiles: number;
  /** Bytes of one file. */
  maxFileBytes: number;
  /** Bytes of all of one message's files. */
  maxTotalBytes: number;
};

const images = ["image/jpeg", "image/png", "image/gif"];

export const attachmentLimits: Record<ChannelType, AttachmentLimits> = {
  // Twilio MMS: up to 10 media of 5 MB in all; JPEG, PNG and GIF are resized for phones, other
  // accepted types (PDF, MP3, MP4) pass as they are (twilio.com/docs/messaging/guides/accepted-mime-types).
  sms: {
    types: [...images, "application/pdf", "audio/mpeg", "video/mp4"],
    maxFiles: 10,
    maxFileBytes: 5 * MB,
    maxTotalBytes: 5 * MB,
  },
  // Messenger's Send API: one attachment per call (image, audio, video or file) of up to 25 MB; we
  // send up to 5 after the text, each at most 10 MB (the bytes are held in memory while uploading).
  facebook: {
    types: [...images, "image/webp", "application/pdf", "audio/mpeg", "video/mp4"],
    maxFiles: 5,
    maxFileBytes: 10 * MB,
    maxTotalBytes: 50 * MB,
  },
  // The widget shows images and offers a PDF to download.
  webchat: {
    types: [...images, "image/webp", "application/pdf"],
    maxFiles: 5,
    maxFileBytes: 10 * MB,
    maxTotalBytes: 25 * MB,
  },
  // An email's attachments: most mail servers refuse messages past 25 MB.
  email: {
    types: Object.keys(fileTypeNames),
    maxFiles: 10,
    maxFileBytes: 10 * MB,
    maxTotalBytes: 20 * MB,
  },
};

/** A webchat visitor's uploads: images a browser shows and nothing runs in (no SVG: it can carry script). */
export const visitorUploadLimits: AttachmentLimits = {
  types: ["image/png", "image/jpeg", "image/gif", "image/webp"],
  maxFiles: 5,
  maxFileBytes: 5 * MB,
  maxTotalBytes: 25 * MB,
};

/** A canned reply's files: what any channel may carry (each conversation's own limits apply when used). */
export const cannedAttachmentLimits: AttachmentLimits = {
  types: Object.keys(fileTypeNames),
  maxFiles: 5,
  maxFileBytes: 10 * MB,
  maxTotalBytes: 50 * MB,
};

/** The largest file any upload endpoint reads (the rest is refused with a 413 unread). */
export const MAX_ATTACHMENT_BYTES = 10 * MB;

export const typeNames = (limits: AttachmentLimits) =>
  limits.types.map((type) => fileTypeNames[type] ?? type).join(", ");

export const formatBytes = (bytes: number) =>
  bytes >= MB ? `${Math.round((bytes / MB) * 10) / 10} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;

/** Images are shown in place; every other file is offered as a download. */
export const isImage = (contentType: string) => images.includes(contentType) || contentType === "image/webp";
