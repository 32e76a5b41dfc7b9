import "server-only";
import { PgBoss } from "pg-boss";
import { databaseUrl, env } from "@/lib/env";
import { logger } from "@/lib/log";
import type { Queryable } from "./sql";

// This process's pg-boss (see lib/db/queues.ts for why a queue in PostgreSQL).

const globalForQueue = globalThis as unknown as { jobQueue?: Promise<PgBoss> };

/**
 * Started on first use. `supervise` (expiring jobs a crashed server held, retention) is on where
 * workers run: the app servers. Sending alone needs no supervision.
 */
export function jobQueue(options: { supervise: boolean } = { supervise: false }): Promise<PgBoss> {
  globalForQueue.jobQueue ??= (async () => {
    const boss = new PgBoss({
      connectionString: databaseUrl(),
      max: 3,
      migrate: false,
      schedule: false,
      supervise: options.supervise,
      // Expired jobs (held by a worker that died) are found by the queue's monitor pass.
      superviseIntervalSeconds: env().JOB_SUPERVISE_SECONDS,
      monitorIntervalSeconds: env().JOB_SUPERVISE_SECONDS,
      // Workers wake on a new job (queues with notify) rather than at their next poll.
      useListenNotify: options.supervise,
    });
    boss.on("error", (error) => logger().error({ err: error }, "job queue"));
    await boss.start();
    return boss;
  })();
  return globalForQueue.jobQueue;
}

/** pg-boss's executor on one of our connections: a job sent through it commits with that transaction. */
export function onConnection(connection: Queryable) {
  return {
    // biome-ignore lint/suspicious/noExplicitAny: pg-boss's executor returns untyped rows
    executeSql: async (text: string, values?: unknown[]): Promise<{ rows: any[] }> =>
      connection.query({ text, values: values as unknown[] }),
  };
}
