import { readFile } from "node:fs/promises";

// What the app server's process and its children use, read from /proc (Linux): memory now, and
// CPU time so far (`next start` serves from a child process, so the tree is what counts), and the
// measures built on them.

async function treePids(pid: number): Promise<number[]> {
  const children = (await readFile(`/proc/${pid}/task/${pid}/children`, "utf8").catch(() => ""))
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map(Number);
  return [pid, ...children];
}

async function sumOverTree(pid: number, read: (pid: number) => Promise<number>): Promise<number> {
  return (await Promise.all((await treePids(pid)).map(read))).reduce((a, b) => a + b, 0);
}

/** Resident memory of the process tree, in MB. */
export async function treeRssMb(pid: number): Promise<number> {
  const kb = await sumOverTree(pid, async (p) => {
    const text = await readFile(`/proc/${p}/status`, "utf8").catch(() => "");
    return Number(/VmRSS:\s+(\d+)/.exec(text)?.[1] ?? 0);
  });
  return kb / 1024;
}

/** CPU time (user + system) the process tree has used, in seconds. */
export async function treeCpuSeconds(pid: number): Promise<number> {
  const ticks = await sumOverTree(pid, async (p) => {
    const stat = await readFile(`/proc/${p}/stat`, "utf8").catch(() => "");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return Number(fields[11] ?? 0) + Number(fields[12] ?? 0); // utime, stime
  });
  return ticks / 100; // USER_HZ
}

/** CPU seconds the app server's process tree used over a window. */
export async function cpuSeconds(pid: number, windowMs: number) {
  const before = await treeCpuSeconds(pid);
  await new Promise((resolve) => setTimeout(resolve, windowMs));
  return (await treeCpuSeconds(pid)) - before;
}

/** Waits until the app server uses under 5% of a core (at most 30 s). */
export async function quiet(pid: number) {
  for (let tries = 0; tries < 60; tries++) if ((await cpuSeconds(pid, 500)) < 0.025) return;
}

/** The p-th percentile of `values` (0 to 1), to a tenth. */
export const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round((sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0) * 10) / 10;
};
