import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { type EmbeddedServer, embeddedDataDir, startEmbedded } from "@/lib/db/embedded";

// The embedded PostgreSQL survives what a laptop does to it: a kill -9 of the server or of the
// process that owns it keeps the data, and a second owner for one folder is refused clearly.

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function folder() {
  const dir = await mkdtemp(path.join(os.tmpdir(), "inbox-embedded-test-"));
  const dataDir = path.join(dir, "postgres");
  // As root, a mode-700 temporary folder is out of the postgres user's reach, and the data goes
  // elsewhere (lib/db/embedded.ts): removed from there too.
  const actual = await embeddedDataDir(dataDir);
  cleanups.push(async () => {
    await rm(dir, { recursive: true, force: true });
    if (actual !== dataDir) await rm(path.dirname(actual), { recursive: true, force: true });
  });
  return dataDir;
}

async function started(dataDir: string): Promise<EmbeddedServer> {
  const server = await startEmbedded({ dataDir });
  cleanups.push(() => server.stop());
  return server;
}

async function sql(url: string, text: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text)).rows;
  } finally {
    await client.end();
  }
}

/** A process of its own that owns the folder's server; resolves once it is up. */
function owner(dataDir: string): Promise<{ child: ChildProcess; postmaster: number }> {
  const child = spawn(process.execPath, ["--import", "tsx", "tests/support/embedded-owner.ts", dataDir], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  cleanups.push(async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
      await new Promise((resolve) => child.once("exit", resolve));
    }
  });
  return new Promise((resolve, reject) => {
    child.stdout?.on("data", (chunk: Buffer) => {
      const match = /ready (\d+)/.exec(String(chunk));
      if (match) resolve({ child, postmaster: Number(match[1]) });
    });
    child.once("exit", (code) => reject(new Error(`the owner process exited (${code}) before the server was up`)));
  });
}

function exited(pid: number) {
  return new Promise<void>((resolve) => {
    const check = () => {
      try {
        process.kill(pid, 0);
        setTimeout(check, 20);
      } catch {
        resolve();
      }
    };
    check();
  });
}

describe("the embedded PostgreSQL", () => {
  it("keeps its data across a stop and a kill -9 of the server, and starts again", async () => {
    const dataDir = await folder();
    const first = await startEmbedded({ dataDir });
    await sql(first.url, "CREATE TABLE kept (v text); INSERT INTO kept VALUES ('before')");
    await first.stop();

    const second = await startEmbedded({ dataDir });
    await sql(second.url, "INSERT INTO kept VALUES ('after a stop')");
    const pid = Number((await readFile(path.join(second.dataDir, "postmaster.pid"), "utf8")).split("\n")[0]);
    process.kill(pid, "SIGKILL");
    await exited(pid);
    await second.stop(); // lets go of the owner file; the server is already gone

    const third = await started(dataDir);
    expect((await sql(third.url, "SELECT v FROM kept ORDER BY v")).map((r) => r.v)).toEqual(["after a stop", "before"]);
  });

  it("takes over a server whose owner was killed with kill -9", async () => {
    const dataDir = await folder();
    const { child, postmaster } = await owner(dataDir);
    child.kill("SIGKILL");
    await new Promise((resolve) => child.once("exit", resolve));
    const server = await started(dataDir);
    expect(await sql(server.url, "SELECT 1 AS one")).toEqual([{ one: 1 }]);
    await server.stop();
    await exited(postmaster);
  });

  it("refuses a second owner for one folder, saying which process holds it", async () => {
    const dataDir = await folder();
    const { child } = await owner(dataDir);
    await expect(startEmbedded({ dataDir })).rejects.toThrow(
      new RegExp(`already in use by another process \\(pid ${child.pid}\\).*npm run dev.*DATABASE_URL`),
    );
  });
});
