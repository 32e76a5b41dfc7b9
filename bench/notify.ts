// The ceiling past one machine (`npm run bench -- --only notify`): how many change events per
// second one PostgreSQL's NOTIFY carries while writes run. Every app server LISTENs on one channel
// (lib/events/hub.ts) and every change's trigger NOTIFYs in its transaction; PostgreSQL serialises
// commits that notified (one global queue lock), so this bounds the whole deployment's event rate
// however many app servers there are. 16 writers update conversations (each update one event, as
// the app's writes make them) for a window: with the triggers (events), without them (the same
// writes, no NOTIFY: the baseline), and NOTIFY alone with no write.
import pg from "pg";

const WRITERS = 16;

export async function benchNotify(options: { databaseUrl: string; conversationIds: string[]; windowMs?: number }) {
  const windowMs = options.windowMs ?? 10_000;
  const listener = new pg.Client({ connectionString: options.databaseUrl });
  await listener.connect();
  let heard = 0;
  listener.on("notification", (notification) => {
    if (notification.channel === "inbox_events" || notification.channel === "bench_notify") heard++;
  });
  await listener.query("LISTEN inbox_events");
  await listener.query("LISTEN bench_notify");

  const writers = await Promise.all(
    Array.from({ length: WRITERS }, async () => {
      const client = new pg.Client({ connectionString: options.databaseUrl });
      await client.connect();
      return client;
    }),
  );

  /** Each writer runs `statement` in its own transactions for the window; commits, and events heard. */
  async function phase(statement: string, setup = "SET session_replication_role = DEFAULT") {
    await Promise.all(writers.map((client) => client.query(setup)));
    heard = 0;
    let commits = 0;
    const end = performance.now() + windowMs;
    await Promise.all(
      writers.map(async (client, i) => {
        const id = options.conversationIds[i % options.conversationIds.length];
        while (performance.now() < end) {
          await client.query(statement, [id]);
          commits++;
        }
      }),
    );
    // What was committed in the window and is still on its way to the listener.
    let last = -1;
    while (last !== heard) {
      last = heard;
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    return { commitsPerSecond: commits / (windowMs / 1000), eventsPerSecond: heard / (windowMs / 1000) };
  }

  const update = `UPDATE "Conversation" SET "isAutopilot" = NOT "isAutopilot" WHERE id = $1`;
  const withEvents = await phase(update);
  // Triggers off for this session: the same writes announce nothing.
  const withoutEvents = await phase(update, "SET session_replication_role = replica");
  const notifyOnly = await phase(`SELECT pg_notify('bench_notify', $1)`);

  await Promise.all([...writers, listener].map((client) => client.end()));
  return {
    writers: WRITERS,
    windowSeconds: windowMs / 1000,
    withEvents,
    withoutEvents,
    notifyOnly,
    ratio: withoutEvents.commitsPerSecond / Math.max(withEvents.commitsPerSecond, 1),
  };
}
