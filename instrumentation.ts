// Runs once when a Next.js server starts. Every app server works the job queue (lib/db/queues.ts)
// unless RUN_WORKERS=false (then `npm run worker` does): any server can pick up what another left.
// It listens for live events from the start, not from its first stream: the same notifications tell
// it at once when someone's access ends (a revoked token, a deactivated person), whose cached
// credentials it then drops. On SIGTERM/SIGINT it ends its live event streams, so that it can exit.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { endStreamsOnShutdown, eventHub } = await import("@/lib/events/hub");
  endStreamsOnShutdown();
  await eventHub()
    .start()
    .catch(async (error) => {
      // The database is not there yet: the first event stream starts listening instead.
      const { logger } = await import("@/lib/log");
      logger().warn({ err: error }, "live events: not listening yet");
    });
  const { env } = await import("@/lib/env");
  if (!env().RUN_WORKERS) return;
  const { startWorkers } = await import("@/lib/workers");
  await startWorkers();
}
