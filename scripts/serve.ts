// `npm run dev` / `npm start`: checks the configuration, makes sure there is a migrated database
// (the embedded PostgreSQL, seeded with demo data on first start, when DATABASE_URL is unset),
// then runs `next dev` or the production server (scripts/next-server.mjs, Next.js behind a server
// that decides the client's address), and stops the embedded database after it.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { openDatabase } from "@/lib/db/local-database";
import { prismaFor } from "@/lib/db/script-client";
import { env } from "@/lib/env";
import { seedDemo } from "@/prisma/seed";

const [mode = "dev", ...nextArgs] = process.argv.slice(2);
if (mode !== "dev" && mode !== "start") throw new Error("usage: serve.ts dev|start [next options]");
const log = (line: string) => console.log(`[inbox] ${line}`);

try {
  const config = env();
  if (mode === "start") refuseUnsafeProduction(config);
  const database = await openDatabase(log);
  if (database.embedded && mode === "dev") {
    const prisma = prismaFor(database.url);
    if (await seedDemo(prisma)) log("seeded the demo organization (sign in as admin@example.com / demo1234)");
    await prisma.$disconnect();
  }
  const [command, args] =
    mode === "dev"
      ? [path.join("node_modules", ".bin", "next"), ["dev", ...nextArgs]]
      : [process.execPath, ["scripts/next-server.mjs", ...nextArgs]];
  const child = spawn(command, args, {
    stdio: "inherit",
    env: {
      ...process.env,
      DATABASE_URL: database.url,
      NEXTAUTH_SECRET: await localSecret(config.NEXTAUTH_SECRET, "auth-secret"),
      ENCRYPTION_KEY: await localSecret(config.ENCRYPTION_KEY, "encryption-key"),
    },
  });
  // Next.js stops taking requests and finishes the ones in flight on SIGTERM/SIGINT; the database
  // is stopped only after it has exited.
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
  child.on("exit", async (code, signal) => {
    await database.stop();
    process.exit(code ?? (signal ? 1 : 0));
  });
} catch (error) {
  console.error(`[inbox] ${(error as Error).message}`);
  process.exit(1);
}

/** Production runs on a configured PostgreSQL with a configured secret, unless told otherwise. */
function refuseUnsafeProduction(config: ReturnType<typeof env>) {
  if (!config.DATABASE_URL && !config.ALLOW_EMBEDDED_DATABASE) {
    throw new Error(
      "`npm start` runs in production, and DATABASE_URL is not set. Set DATABASE_URL to your PostgreSQL 15+ " +
        "server (in the environment or .env). To run production mode on the embedded database anyway " +
        "(trying it out on one machine), set ALLOW_EMBEDDED_DATABASE=true.",
    );
  }
  if (!config.NEXTAUTH_SECRET) {
    throw new Error(
      "`npm start` runs in production, and NEXTAUTH_SECRET is not set. Set it to at least 32 random characters " +
        "(for example the output of `openssl rand -base64 32`) in the environment or .env.",
    );
  }
}

/**
 * A configured secret, or for local runs one generated once and kept beside the embedded database
 * (`npm start` refuses to run without NEXTAUTH_SECRET; ENCRYPTION_KEY is asked for when a channel
 * is connected).
 */
async function localSecret(configured: string | undefined, name: string): Promise<string> {
  if (configured) return configured;
  const file = path.join(path.dirname(path.resolve(env().EMBEDDED_DATABASE_DIR)), name);
  if (existsSync(file)) return (await readFile(file, "utf8")).trim();
  const secret = randomBytes(32).toString("base64url");
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, secret, { mode: 0o600 });
  return secret;
}
