import "server-only";
import { startEmailWorker } from "@/lib/accounts/emails";
import { startAutopilotWorker } from "@/lib/ai/autopilot";
import { automationConsumer, startAutomationWorker } from "@/lib/automations/worker";
import { startConnectionReaders } from "@/lib/connections/readers";
import { startSnoozeWorker } from "@/lib/conversations/snooze";
import { listenForChanges } from "@/lib/db/change-listener";
import { jobQueue } from "@/lib/db/job-queue";
import { logger } from "@/lib/log";
import { mailConfigured } from "@/lib/mail/send";
import { startMentionEmailWorker } from "@/lib/notes/mention-emails";
import { startOutboundWorker } from "@/lib/outbox/deliver";
import { startWebhookWorker, webhookConsumer } from "@/lib/webhooks/deliver";

// The job queue's workers (lib/db/queues.ts): started in every app server (instrumentation.ts)
// unless RUN_WORKERS=false, and by `npm run worker` for installations that run them apart.

let changes: ReturnType<typeof listenForChanges> | null = null;
let readers: ReturnType<typeof startConnectionReaders> | null = null;

export async function startWorkers() {
  await startOutboundWorker();
  await startAutopilotWorker();
  await startAutomationWorker();
  await startWebhookWorker();
  await startSnoozeWorker();
  changes ??= listenForChanges([automationConsumer, webhookConsumer]);
  readers ??= startConnectionReaders();
  if (mailConfigured()) {
    await startEmailWorker();
    await startMentionEmailWorker();
  }
  logger().info({ email: mailConfigured() }, "job workers started");
}

/** Stops taking jobs and waits (up to `timeoutMs`) for the ones in hand. */
export async function stopWorkers(timeoutMs = 10_000) {
  await changes?.stop();
  changes = null;
  await readers?.stop();
  readers = null;
  const boss = await jobQueue();
  await boss.stop({ graceful: true, timeout: timeoutMs });
}
