import "server-only";
import type { Job } from "pg-boss";
import { jobQueue, onConnection } from "@/lib/db/job-queue";
import { type Queryable, query } from "@/lib/db/sql";
import { env } from "@/lib/env";
import { Prisma } from "@/lib/generated/prisma/client";
import { logger } from "@/lib/log";
import { linkEmail, sendEmail } from "@/lib/mail/send";

// A mention is also told by email, where this installation sends email: a job on the
// "mention-email" queue, enqueued with the note (lib/notes/notes.ts), composed when it runs (a note
// deleted meanwhile sends nothing).

type MentionEmailJob = { mentionId: string };

export async function enqueueMentionEmail(mentionId: string, on: Queryable) {
  const boss = await jobQueue();
  await boss.send("mention-email", { mentionId } satisfies MentionEmailJob, { db: onConnection(on) });
}

/** Starts this process's mention email worker (lib/workers.ts, where SMTP_URL is set). */
export async function startMentionEmailWorker() {
  const boss = await jobQueue({ supervise: true });
  await boss.work(
    "mention-email",
    { batchSize: 1, notifyPollingIntervalSeconds: 5 },
    async ([job]: Job<MentionEmailJob>[]) => {
      if (job) await sendMentionEmail(job);
    },
  );
}

/** One job. Exported for tests. */
export async function sendMentionEmail(job: Job<MentionEmailJob>) {
  const [mention] = await query<{
    email: string;
    author: string | null;
    contact: string;
    conversationId: string;
    body: string;
  }>(Prisma.sql`
    SELECT p.email, a."fullName" AS author, ct."fullName" AS contact, n."conversationId", m.body
    FROM "Mention" n
    JOIN "User" p ON p.id = n."userId"
    JOIN "Message" m ON m.id = n."messageId"
    JOIN "Conversation" c ON c.id = n."conversationId"
    JOIN "Contact" ct ON ct.id = c."contactId"
    LEFT JOIN "User" a ON a.id = n."authorId"
    WHERE n.id = ${job.data.mentionId} AND p."deactivatedAt" IS NULL`);
  if (!mention) {
    logger().info({ jobId: job.id }, "mention email not sent: the note or its person is gone");
    return;
  }
  const author = mention.author ?? "Someone";
  const excerpt = mention.body.length > 500 ? `${mention.body.slice(0, 499)}…` : mention.body;
  const link = new URL(`/inbox?c=${mention.conversationId}`, env().NEXTAUTH_URL ?? "http://localhost:3000");
  await sendEmail(
    linkEmail({
      to: mention.email,
      subject: `${author} mentioned you about ${mention.contact}`,
      lines: [`${author} mentioned you in a note on the conversation with ${mention.contact}:`, excerpt],
      link: link.toString(),
      after: "You get this because you were mentioned in a private note. Only your organization's people see it.",
    }),
    { messageId: job.id },
  );
  logger().info({ jobId: job.id }, "mention email sent");
}
