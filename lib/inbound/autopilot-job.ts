import "server-only";
import { jobQueue, onConnection } from "@/lib/db/job-queue";
import { type Queryable, query } from "@/lib/db/sql";
import { Prisma } from "@/lib/generated/prisma/client";

// The autopilot's entrance, beside the inbound path that calls it: a contact's message in a
// conversation on autopilot queues its turn, in the message's transaction, after the process's
// quiet delay. The turn itself is lib/ai/autopilot.ts (which sends through the outbox, which
// reaches the channels that call this: so this side imports none of them).

export type AutopilotJob = {
  conversationId: string;
  /** How many times the model answered 429 and the turn was put off by its Retry-After. */
  rateLimited?: number;
};

/** In the transaction that recorded a contact's message: the conversation's autopilot, after its delay. */
export async function wakeAutopilot(conversationId: string, tx: Queryable) {
  const [row] = await query<{ delay: number }>(
    Prisma.sql`SELECT COALESCE(p."replyDelaySeconds", 45) AS delay
      FROM "Conversation" c LEFT JOIN "Process" p ON p.id = c.process
      WHERE c.id = ${conversationId} AND c."isAutopilot"`,
    tx,
  );
  if (row) await scheduleAutopilot(conversationId, row.delay, tx);
}

/** One waiting turn per conversation ("stately" queue): a message while one waits is answered by it. */
export async function scheduleAutopilot(
  conversationId: string,
  delaySeconds: number,
  on?: Queryable,
  extra: Omit<AutopilotJob, "conversationId"> = {},
) {
  const boss = await jobQueue();
  await boss.send("autopilot", { conversationId, ...extra } satisfies AutopilotJob, {
    singletonKey: conversationId,
    startAfter: Math.max(0, Math.ceil(delaySeconds)),
    ...(on && { db: onConnection(on) }),
  });
}
