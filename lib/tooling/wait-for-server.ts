import type { ChildProcess } from "node:child_process";

/**
 * Resolves once `url` answers HTTP at all (any status): the server a script just started is up.
 * Fails when `server` exits first, or after `timeoutMs`.
 */
export async function waitForServer(url: string, options: { server?: ChildProcess; timeoutMs?: number } = {}) {
  const timeoutMs = options.timeoutMs ?? 60_000;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (options.server && options.server.exitCode !== null) throw new Error(`the server for ${url} exited first`);
    const answered = await fetch(url).then(
      () => true,
      () => false,
    );
    if (answered) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}
