import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";

// Real worker processes (`npm run worker`'s script) for the crash tests, on this run's database,
// each killed by the test that started it (`stopAll` in an afterEach).

export function workerProcesses(env: () => Record<string, string>) {
  const workers: ChildProcess[] = [];
  return {
    start() {
      const worker = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/worker.ts"], {
        env: {
          ...process.env,
          NODE_OPTIONS: "",
          // A job a killed worker held comes back as soon as it expires.
          JOB_SUPERVISE_SECONDS: "1",
          LOG_LEVEL: process.env.WORKER_LOG_LEVEL ?? "warn",
          ...env(),
        },
        stdio: ["ignore", process.env.WORKER_LOG_LEVEL ? "inherit" : "ignore", "inherit"],
      });
      workers.push(worker);
      return worker;
    },
    async stopAll() {
      for (const worker of workers.splice(0)) {
        if (worker.exitCode === null && worker.signalCode === null) {
          worker.kill("SIGKILL");
          await once(worker, "exit");
        }
      }
    },
  };
}
