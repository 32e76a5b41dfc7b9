import "server-only";
import pino from "pino";
import pretty from "pino-pretty";
import { env } from "@/lib/env";

// One structured logger: JSON lines in production (for a log collector), readable lines in
// development. Callers log facts (ids, statuses, durations), never tokens, passwords, cookies or
// request bodies.

const globalForLog = globalThis as unknown as { logger?: pino.Logger };

export function logger(): pino.Logger {
  if (globalForLog.logger) return globalForLog.logger;
  const { LOG_LEVEL, NODE_ENV } = env();
  const options: pino.LoggerOptions = { level: LOG_LEVEL, base: { service: "inbox" } };
  // A stream in this thread rather than a transport's worker, which bundled servers cannot start.
  globalForLog.logger =
    NODE_ENV === "production"
      ? pino(options)
      : pino(options, pretty({ colorize: true, singleLine: true, ignore: "pid,hostname,service", sync: true }));
  return globalForLog.logger;
}
