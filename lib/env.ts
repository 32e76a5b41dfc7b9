import nextEnv from "@next/env";
import { z } from "zod";

// The only reader of process.env, and the one place .env files are read: with Next.js's own
// loader (.env, .env.local, .env.<mode>, .env.<mode>.local; what is already set wins), so the
// app, every script and the tests see the same configuration. Validated once, on first use.

const flag = z
  .enum(["true", "false", "1", "0", ""], { error: "must be true or false" })
  .transform((v) => v === "true" || v === "1")
  .default(false);

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  // Any PostgreSQL 15+. Unset: `npm run dev` starts the embedded PostgreSQL and sets it.
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: "must be a postgresql:// URL" }).optional(),
  // Connections per app process.
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  // Signs session cookies. Required in production; generated into .data/ for local runs.
  NEXTAUTH_SECRET: z.string().min(32, "must be at least 32 characters (try: openssl rand -base64 32)").optional(),
  NEXTAUTH_URL: z.url({ error: "must be the app's public URL, like https://inbox.example.com" }).optional(),
  // Behind a proxy that sets them: believe X-Forwarded-Host/-Proto, and take the client's address
  // from X-Forwarded-For (its last entry). Otherwise clients could choose them; the address is the
  // socket's (scripts/next-server.mjs).
  TRUST_PROXY: flag,
  // Where the embedded PostgreSQL keeps its files (its password and log sit beside them).
  EMBEDDED_DATABASE_DIR: z.string().min(1).default(".data/postgres"),
  // `npm start` (production) refuses the embedded database unless this is true.
  ALLOW_EMBEDDED_DATABASE: flag,
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  // Failed sign-ins allowed in SIGN_IN_WINDOW_MINUTES: for one email from one client address, for
  // one email from anywhere, and from one client address across emails. Past any of them, a 429.
  SIGN_IN_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
  SIGN_IN_MAX_PER_EMAIL: z.coerce.number().int().min(1).default(50),
  SIGN_IN_MAX_PER_CLIENT: z.coerce.number().int().min(1).default(30),
  SIGN_IN_WINDOW_MINUTES: z.coerce.number().int().min(1).default(15),
  // "Forgot password" requests allowed from one client address in SIGN_IN_WINDOW_MINUTES.
  RESET_MAX_PER_CLIENT: z.coerce.number().int().min(1).default(10),
  // The unpaged messages answer ("all messages"): past this many, the newest ones and nextCursor.
  MESSAGES_UNPAGED_MAX: z.coerce.number().int().min(1).max(1_000_000).default(10_000),
  // Any messages answer stops at about this many bytes (then nextCursor), whatever its count.
  MESSAGES_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(65_536)
    .default(8 * 1024 * 1024),
  // Unpaged messages reads one viewer may have in flight on one app server; past it a 429.
  HEAVY_READS_PER_VIEWER: z.coerce.number().int().min(1).max(1000).default(2),
  // Where invitations and password resets are sent from: smtp(s)://user:password@host:port. Unset:
  // no email; an admin passes invitation and reset links on by hand.
  SMTP_URL: z.url({ protocol: /^smtps?$/, error: "must be an smtp:// or smtps:// URL" }).optional(),
  // How often each app server looks for email accounts whose mailbox no server is reading (a new
  // account, a reader that died), in seconds. A mailbox's new mail arrives by IDLE, not by this.
  MAILBOX_CHECK_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  // The From of those emails; by default inbox@ the host of NEXTAUTH_URL.
  MAIL_FROM: z.string().min(3).optional(),
  // Seals the channel providers' secrets at rest (AES-256-GCM): 32+ random characters. Generated
  // into .data/ for `npm run dev`. Rotation: the old key goes to ENCRYPTION_KEY_PREVIOUS (comma-
  // separated, still opens), then `npm run secrets:rotate` re-seals everything with the new one.
  ENCRYPTION_KEY: z.string().min(32, "must be at least 32 characters (try: openssl rand -base64 32)").optional(),
  ENCRYPTION_KEY_PREVIOUS: z
    .string()
    .optional()
    .transform((v) =>
      v
        ? v
            .split(",")
            .map((k) => k.trim())
            .filter(Boolean)
        : [],
    ),
  // Whether this app server works the job queue (outbound messages, emails). false: leave it to
  // `npm run worker` processes.
  RUN_WORKERS: z
    .enum(["true", "false", "1", "0", ""], { error: "must be true or false" })
    .transform((v) => v !== "false" && v !== "0")
    .default(true),
  // How often a worker looks for jobs that a crashed worker held past their expiry (seconds).
  JOB_SUPERVISE_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  // Live event streams (GET /api/events) one person may hold open at once on one app server.
  EVENT_STREAMS_PER_USER: z.coerce.number().int().min(1).max(1000).default(20),
  // Where uploaded files (a webchat visitor's images) are kept on this machine's disk. Several app
  // servers need it shared (a network volume), or a store behind lib/storage's interface.
  UPLOADS_DIR: z.string().min(1).default(".data/uploads"),
  // Webchat visitors' requests (lib/channels/webchat/api.ts), per minute: from one client address
  // (a whole office behind one NAT shares it), from one visitor, and new visitors from one address.
  WEBCHAT_REQUESTS_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  WEBCHAT_VISITOR_REQUESTS_PER_MINUTE: z.coerce.number().int().min(1).default(120),
  WEBCHAT_NEW_VISITORS_PER_MINUTE: z.coerce.number().int().min(1).default(60),
  // Whether calls we make to addresses people type (an automation's webhook) may reach this
  // machine (loopback). Never private or link-local addresses; loopback only where this is set, or
  // outside production (a developer's receiver on localhost).
  OUTBOUND_ALLOW_LOOPBACK: z
    .enum(["true", "false", "1", "0", ""], { error: "must be true or false" })
    .transform((v) => v === "true" || v === "1")
    .optional(),
  // Twilio's REST API. Only tests point it elsewhere (a fake Twilio on a local port).
  TWILIO_API_BASE: z.url().default("https://api.twilio.com"),
  // Meta's Graph API, with its version. Only tests point it elsewhere (a fake Graph API).
  GRAPH_API_BASE: z.url().default("https://graph.facebook.com/v21.0"),
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

export function env(): Env {
  if (cached) return cached;
  nextEnv.loadEnvConfig(process.cwd(), process.env.NODE_ENV !== "production", { info: () => {}, error: console.error });
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid configuration (environment or .env files):\n${lines.join("\n")}`);
  }
  // Links in emails are built on the configured public URL, never on a request's Host header: an
  // anonymous "forgot password" request could otherwise choose where the victim's link points.
  if (parsed.data.SMTP_URL && !parsed.data.NEXTAUTH_URL) {
    throw new Error(
      "Invalid configuration (environment or .env files):\n  NEXTAUTH_URL: must be set when SMTP_URL is (links in emails point to it)",
    );
  }
  cached = parsed.data;
  return cached;
}

/** Reads the environment again at next use: for the test runner, whose files run one after another
 *  in one process and may each point a setting at a server of their own. */
export function forgetEnv() {
  cached = undefined;
}

export function databaseUrl(): string {
  const url = env().DATABASE_URL;
  if (!url) {
    throw new Error(
      "DATABASE_URL is not set. Start the app with `npm run dev`, which starts the embedded database, or set DATABASE_URL to a PostgreSQL server.",
    );
  }
  return url;
}
