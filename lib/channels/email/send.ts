import "server-only";
import MailComposer from "nodemailer/lib/mail-composer";
import type { OpenConnection, Outgoing, Sender, SendOutcome } from "@/lib/channels/channel";
import { query } from "@/lib/db/sql";
import { Prisma } from "@/lib/generated/prisma/client";
import type { EmailPerson } from "@/lib/messages/schemas";
import { storedBytes } from "@/lib/uploads/uploads";
import {
  type EmailAccount,
  type EmailSecrets,
  type EmailSettings,
  imapClient,
  mailError,
  smtpTransport,
} from "./mailbox";
import { replySubject } from "./threading";

// A reply by email: composed alike on every attempt (its Message-ID made from our message's id),
// sent over SMTP, then kept in the mailbox's Sent folder. An attempt cut short asks the Sent folder
// for that Message-ID before sending again. SMTP cannot be asked what it took: a crash between SMTP
// taking the mail and the copy in Sent sends it again, with the same Message-ID, which mail
// clients show once.

/** Our Message-ID for a message: on the mailbox's domain, from the message's id. */
export const ourMessageId = (messageId: string, address: string) =>
  `<${messageId}.inbox@${address.split("@")[1] ?? "localhost"}>`;

type Thread = { subject: string | null; references: string[]; participants: EmailPerson[] | null };

/** The conversation's subject, people copied, and the Message-IDs it has (oldest first, the last 20). */
async function threadOf(conversationId: string, messageId: string): Promise<Thread> {
  const [row] = await query<Thread>(Prisma.sql`
    SELECT c.subject, c.participants, COALESCE((
      SELECT array_agg(r."providerMessageId" ORDER BY r."createdAt", r.id) FROM (
        SELECT m."providerMessageId", m."createdAt", m.id FROM "Message" m
        WHERE m."conversationId" = c.id AND m.id <> ${messageId} AND m."providerMessageId" LIKE '<%>'
        ORDER BY m."createdAt" DESC, m.id DESC LIMIT 20) r), '{}') AS "references"
    FROM "Conversation" c WHERE c.id = ${conversationId}`);
  return row ?? { subject: null, references: [], participants: null };
}

function addressesFor(message: Outgoing, thread: Thread) {
  const to = message.email?.to.map((p) => p.email) ?? [message.to];
  const cc = (message.email?.cc ?? thread.participants ?? []).map((p) => p.email).filter((a) => !to.includes(a));
  return { to, cc };
}

/** The mail, the same on every attempt; or why it cannot be sent (a file's bytes are gone). */
async function compose(
  message: Outgoing,
  account: EmailAccount,
  organizationId: string,
): Promise<{ raw: Buffer; recipients: string[] } | string> {
  const thread = await threadOf(message.conversationId, message.id);
  const attachments = [];
  for (const file of message.attachments) {
    const bytes = file.upload ? await storedBytes(organizationId, file.upload) : null;
    if (!bytes) return `${file.name} is no longer stored: it cannot be attached`;
    attachments.push({ filename: file.name, contentType: file.contentType, content: Buffer.from(bytes) });
  }
  // The agent's choice (kept on the message), else the thread's: its contact, its people copied.
  const { to, cc } = addressesFor(message, thread);
  const mail = new MailComposer({
    from: account.address,
    to,
    cc,
    // Left to us (a reply through the API without `email`): it answers once the thread has a mail.
    subject:
      message.email?.subject || replySubject(thread.subject, message.conversationId, thread.references.length > 0),
    text: message.body,
    messageId: ourMessageId(message.id, account.address),
    inReplyTo: thread.references.at(-1),
    references: thread.references,
    attachments,
  });
  return { raw: await mail.compile().build(), recipients: [...to, ...cc] };
}

/** The mailbox's Sent folder (by its special use, else by name), or null. */
async function sentFolder(client: ReturnType<typeof imapClient>) {
  const folders = await client.list();
  return (
    folders.find((f) => f.specialUse === "\\Sent")?.path ??
    folders.find((f) => /^(sent|sent items|sent messages)$/i.test(f.name))?.path ??
    null
  );
}

export function emailSender(message: Outgoing, connection: OpenConnection<EmailSettings, EmailSecrets>): Sender {
  const account: EmailAccount = { ...connection.settings, ...connection.secrets };
  const messageId = ourMessageId(message.id, account.address);
  return {
    async send(): Promise<SendOutcome> {
      const composed = await compose(message, account, connection.organizationId);
      if (typeof composed === "string") return { kind: "refused", reason: composed };
      const { raw, recipients } = composed;
      const transport = smtpTransport(account);
      try {
        await transport.sendMail({ envelope: { from: account.address, to: recipients }, raw });
      } catch (error) {
        const code = (error as { responseCode?: number }).responseCode ?? 0;
        const reason = mailError(error, "SMTP");
        return code >= 500 ? { kind: "refused", reason } : { kind: "unavailable", reason };
      } finally {
        transport.close();
      }
      // Taken: the copy in Sent is for people reading the mailbox elsewhere, and for `find`.
      const client = imapClient(account);
      try {
        await client.connect();
        const sent = await sentFolder(client);
        if (sent) await client.append(sent, raw, ["\\Seen"]);
      } catch {
        // The mail went; a missing copy in Sent is not a reason to send it again.
      } finally {
        await client.logout().catch(() => {});
      }
      return { kind: "accepted", providerMessageId: messageId };
    },
    async find() {
      const client = imapClient(account);
      try {
        await client.connect();
        const sent = await sentFolder(client);
        if (!sent) return null;
        const lock = await client.getMailboxLock(sent);
        try {
          const found = await client.search({ header: { "message-id": messageId } }, { uid: true });
          return found && found.length > 0 ? messageId : null;
        } finally {
          lock.release();
        }
      } catch (error) {
        throw new Error(mailError(error, "IMAP"));
      } finally {
        await client.logout().catch(() => {});
      }
    },
  };
}
