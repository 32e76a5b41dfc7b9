import "server-only";
import pg from "pg";
import { databaseUrl } from "@/lib/env";
import { logger } from "@/lib/log";

// The consumers of the database's change events (ChangeEvent: the automations, the outbound
// webhooks), each claiming what it has not handled. Woken by NOTIFY "change_events" as changes
// commit, and every couple of seconds in case a notification came while no one was listening.

const POLL_MS = 2_000;

/** One consumer: handles a batch and says how many it claimed (0: none waited). */
export type ChangeConsumer = { name: string; handle: () => Promise<number>; every?: () => Promise<unknown> };

/** Runs each consumer until nothing waits, whenever woken; `every` runs about hourly (pruning). */
export function listenForChanges(consumers: ChangeConsumer[]) {
  let stopped = false;
  let client: pg.Client | null = null;
  // Consumers run in line (lib/db/change-events.ts): what one handled wakes those after it.
  const loops: { consumer: ChangeConsumer; drain: () => Promise<void>; idle: () => Promise<void> }[] = [];
  consumers.forEach((consumer, index) => {
    let running: Promise<void> | null = null;
    let again = false;
    const drain = () => {
      if (running) {
        again = true;
        return running;
      }
      running = (async () => {
        let handled = 0;
        do {
          again = false;
          try {
            for (let count = await consumer.handle(); count > 0 && !stopped; count = await consumer.handle())
              handled += count;
          } catch (error) {
            logger().error({ err: error, consumer: consumer.name }, "handling change events failed");
          }
        } while (again && !stopped);
        running = null;
        if (handled > 0) for (const later of loops.slice(index + 1)) void later.drain();
      })();
      return running;
    };
    loops.push({ consumer, drain, idle: () => running ?? Promise.resolve() });
  });
  const wake = () => {
    for (const loop of loops) void loop.drain();
  };
  const connect = async () => {
    if (stopped) return;
    const next = new pg.Client({
      connectionString: databaseUrl(),
      application_name: `inbox change events ${process.pid}`,
    });
    next.on("notification", wake);
    next.on("error", () => undefined);
    next.on("end", () => {
      if (client === next) client = null;
    });
    try {
      await next.connect();
      await next.query("LISTEN change_events");
      client = next;
      wake();
    } catch (error) {
      logger().warn({ err: error }, "change events: cannot listen yet");
      await next.end().catch(() => undefined);
    }
  };
  let polls = 0;
  const poll = setInterval(() => {
    if (!client) void connect();
    wake();
    if (++polls % 1800 === 0) {
      for (const { consumer } of loops) {
        consumer
          .every?.()
          .catch((error) => logger().warn({ err: error, consumer: consumer.name }, "periodic task failed"));
      }
    }
  }, POLL_MS);
  poll.unref();
  void connect();
  return {
    async stop() {
      stopped = true;
      clearInterval(poll);
      await Promise.all(loops.map((loop) => loop.idle()));
      await client?.end().catch(() => undefined);
    },
  };
}
