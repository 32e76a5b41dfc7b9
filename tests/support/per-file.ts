import { afterAll } from "vitest";
import { forgetEnv } from "@/lib/env";

// The database suites' files run one after another in one process that keeps its modules (vitest's
// isolate: false): importing the app again for each file cost about 4.5 s a file, half the suites'
// time. What a file may change for itself is put back after it, so that no file sees another's: the
// environment it pointed at its own fake servers, and the process-wide objects built from it (the
// mail transport, the job queue, the live events' listener, a pool a file replaced and ended).

type Singletons = {
  testEnvironment?: NodeJS.ProcessEnv;
  transport?: { close(): void };
  jobQueue?: Promise<{ stop(options: { graceful: boolean; close: boolean }): Promise<void> }>;
  eventHub?: { stop(): Promise<void> };
  pool?: { ended: boolean };
  prisma?: unknown;
};
const global = globalThis as unknown as Singletons;

// The environment as the run's global setup left it, before any file changed it.
global.testEnvironment ??= { ...process.env };
for (const key of Object.keys(process.env)) if (!(key in global.testEnvironment)) delete process.env[key];
Object.assign(process.env, global.testEnvironment);
forgetEnv();

afterAll(async () => {
  global.transport?.close();
  delete global.transport;
  const queue = global.jobQueue;
  delete global.jobQueue;
  await queue?.then((boss) => boss.stop({ graceful: false, close: true })).catch(() => undefined);
  const hub = global.eventHub;
  delete global.eventHub;
  await hub?.stop().catch(() => undefined);
  if (global.pool?.ended) {
    delete global.pool;
    delete global.prisma;
  }
});
