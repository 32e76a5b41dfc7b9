// Runs once when a Next.js server starts. Every app server works the job queue (lib/db/queues.ts)
// unless RUN_WORKERS=false (then `npm run worker` does): any server can pick up what another left.
// On SIGTERM/SIGINT it ends its live event streams, so that it can finish and exit.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { endStreamsOnShutdown } = await import("@/lib/events/hub");
  endStreamsOnShutdown();
  const { env } = await import("@/lib/env");
  if (!env().RUN_WORKERS) return;
  const { startWorkers } = await import("@/lib/workers");
  await startWorkers();
}
