import { z } from "zod";

// The only reader of process.env. Validated once, on first use, so bad configuration fails at start.
const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  // Any PostgreSQL 15+. Unset: `npm run dev` / `npm start` start the embedded database and set it.
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  // Connections per app process. The embedded database serialises everything, so 1 is right there.
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  // Signs session cookies. Generated into .data/ on first start when unset, except in production.
  NEXTAUTH_SECRET: z.string().min(32, "NEXTAUTH_SECRET must be at least 32 characters").optional(),
  NEXTAUTH_URL: z.url().optional(),
  // Where the embedded database keeps its files.
  PGLITE_DATA_DIR: z.string().default(".data/pglite"),
  // Port the embedded database listens on (127.0.0.1); 0 picks a free one.
  PGLITE_PORT: z.coerce.number().int().min(0).max(65535).default(0),
  // Failed sign-ins allowed per email within SIGN_IN_WINDOW_MINUTES before further attempts are refused.
  SIGN_IN_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
  SIGN_IN_WINDOW_MINUTES: z.coerce.number().int().min(1).default(15),
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

export function env(): Env {
  if (cached) return cached;
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join("\n")}`);
  }
  cached = parsed.data;
  return cached;
}

export function databaseUrl(): string {
  const url = env().DATABASE_URL;
  if (!url) {
    throw new Error(
      "DATABASE_URL is not set. Start the app with `npm run dev` or `npm start`, which start the embedded database, or set DATABASE_URL to a PostgreSQL server.",
    );
  }
  return url;
}
