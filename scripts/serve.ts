// `npm run dev` / `npm start`: makes sure there is a migrated database (the embedded one, seeded
// with demo data on first start, when DATABASE_URL is unset), then runs `next dev` or `next start`.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { openDatabase } from "@/lib/db/local-database";
import { prismaFor } from "@/lib/db/prisma-for-script";
import { env } from "@/lib/env";
import { seedDemo } from "@/prisma/seed";

const [mode = "dev", ...nextArgs] = process.argv.slice(2);
if (mode !== "dev" && mode !== "start") throw new Error(`usage: serve.ts dev|start [next options]`);
const log = (line: string) => console.log(`[inbox] ${line}`);

const database = await openDatabase(log);
if (database.embedded) {
  const prisma = prismaFor(database.url);
  if (await seedDemo(prisma)) log("seeded the demo organization (sign in as admin@example.com / demo1234)");
  await prisma.$disconnect();
}

const child = spawn(path.join("node_modules", ".bin", "next"), [mode, ...nextArgs], {
  stdio: "inherit",
  env: {
    ...process.env,
    DATABASE_URL: database.url,
    // The embedded database serialises all work on one backend: one connection is all it needs.
    DATABASE_POOL_MAX: database.embedded ? "1" : String(env().DATABASE_POOL_MAX),
    NEXTAUTH_SECRET: await authSecret(mode, database.embedded),
  },
});

for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
child.on("exit", async (code, signal) => {
  await database.stop();
  process.exit(code ?? (signal ? 1 : 0));
});

/** NEXTAUTH_SECRET, or for local runs one generated once and kept in the data folder. */
async function authSecret(mode: string, embedded: boolean): Promise<string> {
  const configured = env().NEXTAUTH_SECRET;
  if (configured) return configured;
  if (mode === "start" && !embedded) {
    throw new Error("Set NEXTAUTH_SECRET (at least 32 random characters) to run in production.");
  }
  const file = path.join(path.dirname(path.resolve(env().PGLITE_DATA_DIR)), "auth-secret");
  if (existsSync(file)) return (await readFile(file, "utf8")).trim();
  const secret = randomBytes(32).toString("base64url");
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, secret, { mode: 0o600 });
  return secret;
}
