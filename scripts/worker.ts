// `npm run worker`: the job queue's workers in a process of their own (set RUN_WORKERS=false on the
// app servers to leave the work to it). Stops on SIGTERM/SIGINT after the jobs in hand finish; a
// job cut short is retried by another worker once it expires.
import { startWorkers, stopWorkers } from "@/lib/workers";

await startWorkers();
console.log("[worker] working the job queue; Ctrl+C stops");
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, async () => {
    await stopWorkers();
    process.exit(0);
  });
}
