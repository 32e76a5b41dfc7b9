import type { MessagesStream } from "@/lib/messages/list";

/** Drains a streamed messages answer (and ends it): each message's JSON text, oldest first. */
export async function readMessages(answer: MessagesStream): Promise<string[]> {
  const batches: string[] = [];
  try {
    for await (const batch of answer.batches) batches.push(batch);
  } finally {
    answer.done();
  }
  return (JSON.parse(`[${batches.join(",")}]`) as unknown[]).map((message) => JSON.stringify(message));
}

/** A contact's message written in a transaction that is then rolled back: what a failed write
 *  leaves (nothing, for the change events' consumers to act on). Resolves once it has rolled back. */
export async function rolledBackMessage(conversationId: string, phone: string) {
  const { transaction } = await import("@/lib/db/sql");
  await transaction(async (tx) => {
    await tx.query(
      `INSERT INTO "Message" ("conversationId", "isIncoming", body, "channelType", "channelIdentifier", status, "senderType")
       VALUES ($1, true, 'never', 'sms', $2, 'received', 'CONTACT')`,
      [conversationId, phone],
    );
    throw new Error("rolled back");
  }).catch((error: Error) => {
    if (error.message !== "rolled back") throw error;
  });
}
