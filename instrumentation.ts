// Runs once when a Next.js server starts. Every app server works the job queue (lib/db/queues.ts):
// there is no separate worker process to deploy, and any server can pick up what another left.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { mailConfigured } = await import("@/lib/mail/send");
  if (!mailConfigured()) return;
  const { startEmailWorker } = await import("@/lib/accounts/emails");
  await startEmailWorker();
}
