import "server-only";
import { lookup } from "node:dns/promises";
import type { ReadableStream } from "node:stream/web";
import ipaddr from "ipaddr.js";
import { Agent, fetch } from "undici";
import { env } from "@/lib/env";

// Calls to addresses people type (an automation's webhook): never to a private, link-local or (in
// production) loopback address, checked on the addresses the connection really uses (resolved
// when it connects, so a name that resolves elsewhere the second time, DNS rebinding, gains
// nothing); redirects not followed; the answer read up to a limit; the whole call bounded in time.

export type Resolver = (hostname: string) => Promise<{ address: string; family: number }[]>;

const systemResolver: Resolver = (hostname) => lookup(hostname, { all: true, verbatim: true });

export class BlockedAddress extends Error {}

/** Public unicast addresses; loopback too where allowed. IPv4-mapped IPv6 is judged as IPv4. */
export function reachable(address: string, allowLoopback: boolean): boolean {
  if (!ipaddr.isValid(address)) return false;
  const range = ipaddr.process(address).range();
  return range === "unicast" || (allowLoopback && range === "loopback");
}

export const loopbackAllowed = () => env().OUTBOUND_ALLOW_LOOPBACK ?? env().NODE_ENV !== "production";

function guardedAgent(resolver: Resolver, allowLoopback: boolean) {
  return new Agent({
    connect: {
      // Node's net.connect asks this for the host's addresses; every one must be reachable.
      lookup: (hostname, options, callback) => {
        resolver(hostname).then(
          (found) => {
            const blocked = found.find((entry) => !reachable(entry.address, allowLoopback));
            if (found.length === 0 || blocked) {
              const error = new BlockedAddress(
                blocked
                  ? `${hostname} resolves to ${blocked.address}, which is not a public address`
                  : `${hostname} did not resolve`,
              );
              return callback(error, "", 0);
            }
            if ((options as { all?: boolean }).all)
              return (callback as (e: null, a: typeof found) => void)(null, found);
            callback(null, found[0]?.address ?? "", found[0]?.family ?? 4);
          },
          (error: Error) => callback(error as NodeJS.ErrnoException, "", 0),
        );
      },
    },
  });
}

export type OutboundAnswer = { status: number; body: string; latencyMs: number };

/**
 * One POST to `url`. Answers the status and the first `maxBytes` of the answer; throws
 * BlockedAddress when the address may not be reached, and the fetch's own error on a timeout or a
 * connection failure.
 */
export async function postOutbound(
  url: string,
  request: { headers: Record<string, string>; body: string; timeoutMs: number; maxBytes?: number },
  options: { resolver?: Resolver; allowLoopback?: boolean } = {},
): Promise<OutboundAnswer> {
  const allowLoopback = options.allowLoopback ?? loopbackAllowed();
  const target = new URL(url);
  // An address literal never reaches the resolver: judge it here.
  const literal = target.hostname.replace(/^\[|\]$/g, "");
  if (ipaddr.isValid(literal) && !reachable(literal, allowLoopback))
    throw new BlockedAddress(`${literal} is not a public address`);
  const dispatcher = guardedAgent(options.resolver ?? systemResolver, allowLoopback);
  const started = performance.now();
  try {
    const answer = await fetch(target, {
      method: "POST",
      headers: request.headers,
      body: request.body,
      redirect: "manual",
      dispatcher,
      signal: AbortSignal.timeout(request.timeoutMs),
    });
    const body = await readUpTo(answer.body, request.maxBytes ?? 1024);
    return { status: answer.status, body, latencyMs: performance.now() - started };
  } catch (error) {
    // undici wraps what the lookup refused.
    const cause = (error as { cause?: unknown }).cause;
    if (cause instanceof BlockedAddress) throw cause;
    throw error;
  } finally {
    await dispatcher.destroy().catch(() => undefined);
  }
}

async function readUpTo(stream: ReadableStream | null, maxBytes: number): Promise<string> {
  if (!stream) return "";
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    while (size < maxBytes) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      size += value.byteLength;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
  return Buffer.concat(chunks).subarray(0, maxBytes).toString("utf8");
}
