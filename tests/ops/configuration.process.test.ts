import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/db/test-database";

// Configuration that cannot surprise: the scripts read .env files the way the app does, and
// production refuses to start on the embedded database or without a secret.

/** Runs a project command as a person would (npx tsx scripts/…), with only the given environment,
 *  from `cwd` (the project by default). */
function command(script: string, args: string[], env: Record<string, string>, cwd = process.cwd()) {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^(DATABASE_URL|TEST_DATABASE|NEXTAUTH_|ALLOW_EMBEDDED)/.test(key)),
  );
  const child = spawn("npx", ["tsx", script, ...args], {
    env: { ...clean, ...env } as NodeJS.ProcessEnv,
    cwd,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk) => (stdout += chunk));
  child.stderr.on("data", (chunk) => (stderr += chunk));
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.on("exit", (code) => resolve({ code, stdout, stderr })),
  );
}

describe("npm start (production)", () => {
  it("refuses the embedded database unless allowed, and says how to configure it", async () => {
    const result = await command("scripts/serve.ts", ["start"], { NODE_ENV: "production" });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/DATABASE_URL is not set.*ALLOW_EMBEDDED_DATABASE=true/s);
  });

  it("refuses a missing or short NEXTAUTH_SECRET, naming it", async () => {
    const missing = await command("scripts/serve.ts", ["start"], {
      NODE_ENV: "production",
      DATABASE_URL: "postgresql://postgres@127.0.0.1:1/none",
    });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/NEXTAUTH_SECRET is not set/);
    const short = await command("scripts/serve.ts", ["start"], { NODE_ENV: "production", NEXTAUTH_SECRET: "short" });
    expect(short.code).toBe(1);
    expect(short.stderr).toMatch(/NEXTAUTH_SECRET: must be at least 32 characters/);
  });
});

describe("the scripts read .env files", () => {
  // NODE_ENV=test reads .env.test.local (never a developer's .env.local). The scripts run from a
  // folder of their own that links the project's files, so that the file is written there, never
  // into the working tree.
  let folder: string;
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
    folder = await mkdtemp(path.join(os.tmpdir(), "inbox-env-test-"));
    for (const name of ["lib", "prisma", "scripts", "node_modules", "package.json", "tsconfig.json"]) {
      await symlink(path.resolve(name), path.join(folder, name));
    }
    await writeFile(path.join(folder, ".env.test.local"), `DATABASE_URL=${database.url}\n`);
  });

  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
    await database.drop();
  });

  it("db:migrate, db:seed and token:create use the DATABASE_URL written there", async () => {
    const env = { NODE_ENV: "test" };
    const migrated = await command("scripts/migrate.ts", [], env, folder);
    expect(migrated.stdout).toMatch(/Applied \d+ migration\(s\)/);
    const seeded = await command("scripts/seed.ts", [], env, folder);
    expect(seeded.stdout).toMatch(/Seeded the demo organization/);
    const token = await command(
      "scripts/create-token.ts",
      ["--email", "admin@example.com", "--name", "env test"],
      env,
      folder,
    );
    expect(token.code).toBe(0);
    expect(token.stdout.trim()).toMatch(/^tk_/);

    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    const { rows } = await client.query(`SELECT name FROM "ApiToken" WHERE name = 'env test'`);
    await client.end();
    expect(rows).toHaveLength(1);
    expect(await readFile(path.join(folder, ".env.test.local"), "utf8")).toContain(database.url);
  });
});
