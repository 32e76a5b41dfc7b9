import "server-only";
import { type AddressObject, type ParsedMail, simpleParser } from "mailparser";
import type { PoolClient } from "pg";
import { execute, query } from "@/lib/db/sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { receiveInboundMessage } from "@/lib/inbound/receive";
import { logger } from "@/lib/log";
import type { EmailPerson, MessageEmail } from "@/lib/messages/schemas";
import { formatBytes, MAX_ATTACHMENT_BYTES } from "@/lib/uploads/limits";
import { attachFiles, type StoredAttachment, saveInboundFile } from "@/lib/uploads/uploads";
import { sanitizeEmailHtml } from "./html";
import type { EmailSettings } from "./mailbox";
import { messageIds, normalisedSubject, type ThreadedBy, tokenIn } from "./threading";

// One mail from the mailbox into its conversation: parsed with mailparser (the plain-text part
// where there is one), threaded (lib/channels/email/threading.ts), stored through the one inbound
// path with its files, once per Message-ID on this mailbox.

const MAX_BODY = 20_000;
const SUBJECT_WINDOW_DAYS = 30;

export type Mailbox = { id: string; organizationId: string; settings: EmailSettings };

const addressesOf = (field: AddressObject | AddressObject[] | undefined) =>
  (Array.isArray(field) ? field : field ? [field] : []).flatMap((a) => a.value).flatMap((e) => e.group ?? [e]);

const firstAddress = (field: AddressObject | AddressObject[] | undefined) => addressesOf(field)[0];

const cleanName = (name: string | undefined) =>
  (name ?? "")
    .replace(/\p{Cc}/gu, " ")
    .trim()
    .slice(0, 200);

/** The people a header names, as messages show them: each address once, lower-cased, at most 20. */
function peopleOf(field: AddressObject | AddressObject[] | undefined): EmailPerson[] {
  const people = new Map<string, EmailPerson>();
  for (const entry of addressesOf(field)) {
    const email = entry.address?.trim().toLowerCase();
    if (email && email.length <= 320 && email.includes("@") && !people.has(email)) {
      people.set(email, { email, name: cleanName(entry.name) });
    }
  }
  return [...people.values()].slice(0, 20);
}

/** Stores one raw mail; `fallbackId` names it when it has no Message-ID. Returns what it did. */
export async function importMail(
  mailbox: Mailbox,
  raw: Buffer,
  fallbackId: string,
): Promise<"stored" | "ours" | "no sender" | "bounce"> {
  let parsed: ParsedMail;
  try {
    parsed = await simpleParser(raw, { skipImageLinks: true, skipTextToHtml: true, maxHtmlLengthToParse: 2_000_000 });
  } catch (error) {
    logger().warn({ connectionId: mailbox.id, fallbackId, err: (error as Error).message }, "unreadable mail");
    return "no sender";
  }
  // Who wrote it: From, else whoever the mail says sent it or takes replies (a list's or a broken
  // client's mail), else the envelope's Return-Path; with none of them it cannot be answered.
  const sender = ["from", "sender", "reply-to", "return-path"]
    .map((name) => firstAddress(parsed.headers.get(name) as AddressObject | undefined))
    .find((address) => address?.address);
  const from = sender?.address?.trim().toLowerCase();
  if (!from || from.length > 320 || !from.includes("@")) {
    logger().warn({ connectionId: mailbox.id, fallbackId }, "a mail with no sender was left in the mailbox");
    return "no sender";
  }
  // What we sent, seen again (a copy to ourselves): never a message from a contact.
  const ours = mailbox.settings.address.toLowerCase();
  if (from === ours) return "ours";

  const kind = automaticKind(parsed);
  if (kind === "bounce") {
    await applyBounce(mailbox, raw.toString("latin1"), parsed.messageId);
    return "bounce";
  }
  const providerMessageId = messageIds(parsed.messageId)[0] ?? fallbackId;
  // Read again (a changed UID validity, a crash before the place moved): stored once, and its files
  // are not stored a second time for nothing.
  const [stored] = await query(Prisma.sql`
    SELECT 1 FROM "Message" WHERE "connectionId" = ${mailbox.id} AND "providerMessageId" = ${providerMessageId}`);
  if (stored) return "stored";
  const subject = (parsed.subject ?? "").replace(/\p{Cc}/gu, " ").slice(0, 500);
  const { text, notes, files, inline, inlineUrls } = await contentOf(parsed, mailbox);
  const html =
    typeof parsed.html === "string" && parsed.html.trim() ? sanitizeEmailHtml(parsed.html, inlineUrls) : null;
  const to = peopleOf(parsed.to);
  const cc = peopleOf(parsed.cc);
  const email: MessageEmail = {
    from: { email: from, name: cleanName(sender?.name) },
    to,
    cc,
    subject,
    ...(html ? { html: hasPlainText(raw) ? "alternative" : "only" } : {}),
    ...(html?.remoteImages ? { remoteImages: true } : {}),
  };
  const thread = await threadFor(mailbox, from, parsed, subject, text);
  await receiveInboundMessage({
    organizationId: mailbox.organizationId,
    connectionId: mailbox.id,
    providerMessageId,
    inbound: {
      channelType: "email",
      from,
      body: [text, ...notes].filter(Boolean).join("\n\n") || "(no text)",
      contactName: cleanName(sender?.name) || from,
      subject,
      attachments: files,
    },
    thread: { ...thread, provider: "imap", accountId: mailbox.id },
    automatic: kind === "automatic",
    email,
    alongside: async (tx, message) => {
      await attachFiles(tx, [...files, ...inline], message);
      if (html) {
        await execute(
          Prisma.sql`INSERT INTO "MessageHtml" ("messageId", html, "remoteImages")
            VALUES (${message.messageId}, ${html.html}, ${html.remoteImages})`,
          tx,
        );
      }
      await addParticipants(tx, message.conversationId, [email.from!, ...to, ...cc], ours);
    },
  });
  return "stored";
}

/** Whether the mail has a plain-text part of its own (else mailparser made its text from the HTML). */
const hasPlainText = (raw: Buffer) => {
  const text = raw.toString("latin1");
  return /^content-type:\s*text\/plain/im.test(text) || !/^content-type:/im.test(text);
};

/**
 * The thread's participants gain the people this mail names besides its contact and our mailbox
 * (in the order first seen, at most 20): a mail from one of them finds the thread later. Null
 * stays null while there is no one else (the reference's value for a plain thread).
 */
async function addParticipants(tx: PoolClient, conversationId: string, named: EmailPerson[], ours: string) {
  const [row] = await query<{ participants: EmailPerson[] | null; contact: string }>(
    Prisma.sql`SELECT participants, "channelIdentifier" AS contact FROM "Conversation" WHERE id = ${conversationId}`,
    tx,
  );
  if (!row) return;
  const known = new Map((row.participants ?? []).map((p) => [p.email, p]));
  const before = known.size;
  for (const person of named) {
    if (person.email !== row.contact && person.email !== ours && !known.has(person.email))
      known.set(person.email, person);
  }
  if (known.size === before) return;
  await execute(
    Prisma.sql`UPDATE "Conversation" SET participants = ${JSON.stringify([...known.values()].slice(0, 20))}::jsonb
      WHERE id = ${conversationId}`,
    tx,
  );
}

const header = (parsed: ParsedMail, name: string) => {
  const value = parsed.headers.get(name);
  return (
    typeof value === "string"
      ? value
      : value && typeof value === "object" && "value" in value
        ? String(value.value)
        : ""
  )
    .trim()
    .toLowerCase();
};

/**
 * A delivery report (RFC 3464: multipart/report of delivery-status, or a mailer daemon's), or an
 * automatic message (RFC 3834 Auto-Submitted, Precedence bulk/junk/list/auto_reply, the headers
 * out-of-office tools add); else null, a person's mail.
 */
function automaticKind(parsed: ParsedMail): "bounce" | "automatic" | null {
  const type = parsed.headers.get("content-type") as { value?: string; params?: Record<string, string> } | undefined;
  if (type?.value === "multipart/report" && type.params?.["report-type"]?.toLowerCase() === "delivery-status") {
    return "bounce";
  }
  const from = firstAddress(parsed.from)?.address?.toLowerCase() ?? "";
  if (/^(mailer-daemon|postmaster)@/.test(from)) return "bounce";
  const submitted = header(parsed, "auto-submitted");
  if (submitted && submitted !== "no") return "automatic";
  if (["bulk", "junk", "list", "auto_reply"].includes(header(parsed, "precedence"))) return "automatic";
  if (parsed.headers.has("x-autoreply") || parsed.headers.has("x-autorespond")) return "automatic";
  return null;
}

/** A delivery report about a mail of ours: that reply, if it is marked sent, is marked failed with
 *  the report's reason. The report itself is no message from a contact. */
async function applyBounce(mailbox: Mailbox, raw: string, ownId: string | undefined) {
  const mentioned = [...raw.matchAll(/^message-id:\s*(<[^<>\s]{1,250}>)/gim)]
    .map((match) => match[1] as string)
    .filter((id) => id !== ownId);
  if (mentioned.length === 0) return;
  const diagnostic =
    raw.match(/^diagnostic-code:\s*(?:smtp;\s*)?(.+)$/im)?.[1] ?? raw.match(/^status:\s*(\d\.\d{1,3}\.\d{1,3})/im)?.[1];
  const reason = `Bounced: ${(diagnostic ?? "the recipient's server did not deliver it").replace(/\p{Cc}/gu, " ").trim()}`;
  await query(Prisma.sql`
    UPDATE "Message" SET status = 'failed', "failureReason" = ${reason.slice(0, 500)}
    WHERE "connectionId" = ${mailbox.id} AND "providerMessageId" = ANY(${mentioned}::text[])
      AND NOT "isIncoming" AND status = 'sent'`);
}

/** The mail's text (plain part first), cut to a size we keep, and its files stored (each up to 10 MB;
 *  a larger one is left out with a note saying so). Images its HTML shows by Content-ID are stored
 *  too but not listed as files: `inlineUrls` says where the HTML finds them. */
async function contentOf(parsed: ParsedMail, mailbox: Mailbox) {
  const notes: string[] = [];
  let text = (parsed.text ?? "").replaceAll("\u0000", "").replace(/\r\n/g, "\n").trim();
  if (text.length > MAX_BODY) {
    text = `${text.slice(0, MAX_BODY)}…`;
    notes.push("[The rest of this email was longer than we keep.]");
  }
  const html = typeof parsed.html === "string" ? parsed.html.toLowerCase() : "";
  const files: StoredAttachment[] = [];
  const inline: StoredAttachment[] = [];
  const inlineUrls = new Map<string, string>();
  for (const part of parsed.attachments.slice(0, 30)) {
    const name = part.filename ?? "attachment";
    if (part.size > MAX_ATTACHMENT_BYTES || part.content.byteLength > MAX_ATTACHMENT_BYTES) {
      notes.push(
        `[${name} (${formatBytes(part.size)}) was not kept: files over ${formatBytes(MAX_ATTACHMENT_BYTES)} are left out.]`,
      );
      continue;
    }
    if (part.content.byteLength === 0) continue;
    const cid = part.cid?.toLowerCase();
    const shown = cid !== undefined && part.contentType.startsWith("image/") && html.includes(`cid:${cid}`);
    const file = await saveInboundFile(
      { organizationId: mailbox.organizationId, connectionId: mailbox.id },
      { name, bytes: part.content },
    );
    if (shown) {
      inline.push(file);
      inlineUrls.set(cid, `/api/attachments/${file.upload}`);
    } else files.push(file);
  }
  return { text: text.isWellFormed() ? text : text.toWellFormed(), notes, files, inline, inlineUrls };
}

/** Which conversation the mail joins, and why (lib/channels/email/threading.ts). */
async function threadFor(
  mailbox: Mailbox,
  from: string,
  parsed: ParsedMail,
  subject: string,
  text: string,
): Promise<{ conversationId: string | null; threadedBy: ThreadedBy }> {
  const references = [...messageIds(parsed.inReplyTo), ...messageIds(parsed.references)];
  if (references.length > 0) {
    const [found] = await query<{ conversationId: string }>(Prisma.sql`
      SELECT m."conversationId" FROM "Message" m
      WHERE m."connectionId" = ${mailbox.id} AND m."providerMessageId" = ANY(${references}::text[])
      ORDER BY m."createdAt" DESC LIMIT 1`);
    if (found) return { conversationId: found.conversationId, threadedBy: "references" };
  }
  // The reference and the subject count only from the conversation's own contact or the people
  // copied on it: another's mail quoting it (a forward) is not theirs to join.
  const theirs = Prisma.sql`(c."channelIdentifier" = ${from}
    OR c.participants @> ${JSON.stringify([{ email: from }])}::jsonb)`;
  const token = tokenIn(subject) ?? tokenIn(text.slice(0, 5000));
  if (token) {
    const [found] = await query<{ id: string }>(Prisma.sql`
      SELECT c.id FROM "Conversation" c
      WHERE c."organizationId" = ${mailbox.organizationId} AND c."channelType" = 'email'
        AND c.id LIKE ${`%${token}`} AND ${theirs}
      ORDER BY c."lastMessageTime" DESC LIMIT 1`);
    if (found) return { conversationId: found.id, threadedBy: "token" };
  }
  const wanted = normalisedSubject(subject);
  if (wanted) {
    const open = await query<{ id: string; subject: string | null }>(Prisma.sql`
      SELECT c.id, c.subject FROM "Conversation" c
      WHERE c."organizationId" = ${mailbox.organizationId} AND c."channelType" = 'email'
        AND ${theirs} AND NOT c."isResolved"
        AND c."lastMessageTime" > now() - make_interval(days => ${SUBJECT_WINDOW_DAYS})
      ORDER BY c."lastMessageTime" DESC LIMIT 50`);
    const same = open.find((c) => normalisedSubject(c.subject) === wanted);
    if (same) return { conversationId: same.id, threadedBy: "subject" };
  }
  return { conversationId: null, threadedBy: "new" };
}
