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
