import type { MessagesAnswer } from "@/lib/messages/list";

/** Drains a messages answer (and ends it): each message's JSON text, oldest first. */
export async function readMessages(answer: MessagesAnswer): Promise<string[]> {
  const batches: string[] = [];
  try {
    for await (const batch of answer.batches) batches.push(batch);
  } finally {
    answer.done();
  }
  return (JSON.parse(`[${batches.join(",")}]`) as unknown[]).map((message) => JSON.stringify(message));
}
