import { z } from "zod";
import { body, boundedInt, emailPerson, objectId, text } from "@/lib/schemas";

export const messagesInput = body({
  conversationId: objectId,
  limit: boundedInt(1, 500).optional(),
  before: objectId.optional(),
});

export type { EmailPerson } from "@/lib/schemas";

/** What an email said of itself besides its text: on email messages only, as `email`. */
export const messageEmailSchema = z
  .strictObject({
    from: emailPerson.optional().meta({ description: "Who sent it (a received email)." }),
    to: z.array(emailPerson),
    cc: z.array(emailPerson),
    subject: z.string(),
    html: z.enum(["only", "alternative"]).optional().meta({
      description:
        "It came with HTML: `only` (its text was made from the HTML) or `alternative` (beside its own plain text). GET /api/messages/:id/html serves it, sanitised.",
    }),
    remoteImages: z
      .literal(true)
      .optional()
      .meta({ description: "Its HTML names images on other servers, held back until asked for (?images=1)." }),
  })
  .meta({ description: "Ours, on email messages only: its addresses and subject." });
export type MessageEmail = z.infer<typeof messageEmailSchema>;

const address = text({ max: 320, trim: true }).pipe(z.email("must be an email address"));

/** An email reply's own headers; each defaults to the thread's (the contact, its participants, `Re:` its subject). */
export const replyEmailInput = z.strictObject({
  to: z.array(address).min(1, "must name someone").max(20, "at most 20 addresses").optional(),
  cc: z.array(address).max(20, "at most 20 addresses").optional(),
  subject: text({ max: 500, trim: true }).optional(),
});

export type ReplyEmail = z.infer<typeof replyEmailInput>;

export const replyInput = body({
  body: text({ max: 5000, trim: true }).default(""),
  /** Files uploaded into the conversation first (POST …/uploads), sent with the text. */
  attachments: z
    .array(objectId)
    .max(10, "at most 10 files")
    .refine((ids) => new Set(ids).size === ids.length, "must not name a file twice")
    .default([]),
  /** Email conversations only. */
  email: replyEmailInput.optional(),
}).refine((reply) => reply.body !== "" || reply.attachments.length > 0, {
  path: ["body"],
  message: "must not be empty",
});

export const messageIdParams = z.object({ id: objectId, messageId: objectId });

/** An email's HTML frame: `images=1` once the agent asked for its remote images. */
export const emailHtmlQuery = z.object({ images: z.enum(["0", "1"], { error: "must be 0 or 1" }).optional() });
