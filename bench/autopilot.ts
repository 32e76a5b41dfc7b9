// The autopilot scenario of `npm run bench` (--only autopilot): 16 conversations on autopilot at
// once, each sent a contact's SMS through the generic inbound webhook and, once the AI has
// answered, the next. The model is a fake OpenAI-compatible server in this process that answers at
// once (tests/support/fake-openai.ts), and the next message waits until the last turn is over, so
// what is measured is our pipeline: the job queued with the
// message, a worker waking for it, the turn reading the conversation, the tool call checked, the
// reply committed with its outbound job and stamp. Times come from the database's own clocks: from
// the contact's message committed to the AI reply's transaction, less the model's own time.
import type pg from "pg";
import { type FakeModel, startFakeModel } from "@/tests/support/fake-openai";
import { percentile } from "./process-tree";

export async function benchAutopilot(options: {
  appUrl: string;
  pool: pg.Pool;
  organizationId: string;
  inboundSecret: string;
  log: (line: string) => void;
  conversations?: number;
  rounds?: number;
}) {
  const { appUrl, pool, organizationId, log } = options;
  const count = options.conversations ?? 16;
  const rounds = options.rounds ?? 20;
  const model: FakeModel = await startFakeModel();
  try {
    await pool.query(
      `INSERT INTO "ModelProvider" ("organizationId", "baseUrl", model) VALUES ($1, $2, 'bench-model')
       ON CONFLICT ("organizationId") DO UPDATE SET "baseUrl" = excluded."baseUrl", "dailyTokenBudget" = NULL`,
      [organizationId, model.baseUrl],
    );
    const process = await pool.query<{ id: string }>(
      `INSERT INTO "Process" ("organizationId", name, instructions, actions, "replyDelaySeconds", "maxTurns")
       VALUES ($1, 'Bench autopilot', 'Answer briefly.', ARRAY['reply'], 0, 500)
       ON CONFLICT ("organizationId", name) DO UPDATE SET "replyDelaySeconds" = 0 RETURNING id`,
      [organizationId],
    );
    // Conversations of distinct SMS addresses, each the newest of its address (where a message lands).
    const { rows: picked } = await pool.query<{ id: string; channelIdentifier: string }>(
      `SELECT DISTINCT ON (c."channelIdentifier") c.id, c."channelIdentifier" FROM "Conversation" c
       WHERE c."organizationId" = $1 AND c."channelType" = 'sms'
       ORDER BY c."channelIdentifier", c."lastMessageTime" DESC, c.id DESC LIMIT $2`,
      [organizationId, count],
    );
    await pool.query(
      `UPDATE "Conversation" SET "isAutopilot" = true, process = $1, "isResolved" = false WHERE id = ANY($2::char(24)[])`,
      [process.rows[0]?.id, picked.map((c) => c.id)],
    );
    const aiCount = async (id: string) =>
      Number(
        (
          await pool.query(`SELECT count(*) AS n FROM "Message" WHERE "conversationId" = $1 AND "senderType" = 'AI'`, [
            id,
          ])
        ).rows[0].n,
      );

    const turnOpen = async (id: string) =>
      (
        await pool.query(
          `SELECT 1 FROM pgboss.job WHERE name = 'autopilot' AND singleton_key = $1 AND state IN ('created', 'active', 'retry') LIMIT 1`,
          [id],
        )
      ).rowCount !== 0;
    const since = new Date();
    const started = performance.now();
    let failures = 0;
    await Promise.all(
      picked.map(async (conversation) => {
        let answered = await aiCount(conversation.id);
        for (let round = 0; round < rounds; round++) {
          const response = await fetch(`${appUrl}/api/webhooks/inbound`, {
            method: "POST",
            headers: { "content-type": "application/json", authorization: `Bearer ${options.inboundSecret}` },
            body: JSON.stringify({
              channelType: "sms",
              from: conversation.channelIdentifier,
              body: `bench autopilot ${round}`,
            }),
          });
          if (response.status !== 201) failures++;
          await response.arrayBuffer();
          // The next message once this one is answered (the bench's own wait, not in the figures).
          const deadline = Date.now() + 30_000;
          while ((await aiCount(conversation.id)) <= answered) {
            if (Date.now() > deadline) throw new Error(`no AI reply in ${conversation.id} after 30 s`);
            await new Promise((resolve) => setTimeout(resolve, 5));
          }
          answered++;
          // And once its turn is over: a contact's next message seconds later, not while the
          // turn that answered is still being marked done (the queue would hold it till then).
          while (await turnOpen(conversation.id)) await new Promise((resolve) => setTimeout(resolve, 5));
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;

    // Per reply: its contact's message committed → the reply's transaction, less the model call.
    const { rows } = await pool.query<{ overhead: number; total: number; model: number }>(
      `SELECT extract(epoch FROM (ai."createdAt" - inbound."createdAt")) * 1000 - mc."latencyMs" AS overhead,
              extract(epoch FROM (ai."createdAt" - inbound."createdAt")) * 1000 AS total, mc."latencyMs" AS model
       FROM "Message" ai
       JOIN LATERAL (SELECT m."createdAt" FROM "Message" m WHERE m."conversationId" = ai."conversationId"
                     AND m."senderType" = 'CONTACT' AND m."createdAt" <= ai."createdAt" ORDER BY m."createdAt" DESC LIMIT 1) inbound ON true
       JOIN LATERAL (SELECT c."latencyMs" FROM "ModelCall" c WHERE c."conversationId" = ai."conversationId"
                     AND c."createdAt" <= ai."createdAt" + interval '1 second' ORDER BY c."createdAt" DESC LIMIT 1) mc ON true
       WHERE ai."conversationId" = ANY($1::char(24)[]) AND ai."senderType" = 'AI' AND ai."createdAt" >= $2
         AND ai.body LIKE 'You said: bench autopilot %'`,
      [picked.map((c) => c.id), since],
    );
    const overhead = rows.map((r) => Number(r.overhead)).sort((a, b) => a - b);
    const total = rows.map((r) => Number(r.total)).sort((a, b) => a - b);
    const modelTimes = rows.map((r) => Number(r.model)).sort((a, b) => a - b);
    const result = {
      conversations: picked.length,
      rounds,
      replies: rows.length,
      failures,
      repliesPerSecond: rows.length / seconds,
      overhead: { p50: percentile(overhead, 0.5), p99: percentile(overhead, 0.99) },
      total: { p50: percentile(total, 0.5), p99: percentile(total, 0.99) },
      model: { p50: percentile(modelTimes, 0.5) },
      modelRequests: model.requests.length,
    };
    log(`autopilot: ${JSON.stringify(result)}`);
    return result;
  } finally {
    await model.stop();
  }
}
