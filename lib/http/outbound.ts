import "server-only";
import { lookup } from "node:dns/promises";
import type { ReadableStream } from "node:stream/web";
import ipaddr from "ipaddr.js";
import { Agent, buildConnector, fetch } from "undici";
import { env } from "@/lib/env";

// Calls to addresses people type (an automation's webhook, an integrator's endpoint): never to a
// private, link-local or (in production) loopback address, checked on the very address the
// connection dials (resolved once, then pinned: a name that resolves elsewhere the second time, DNS
// rebinding, gains nothing); redirects not followed; the answer read up to a limit; the whole call
// bounded in time.

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

export type OutboundAnswer = { status: number; body: string; latencyMs: number };

export type OutboundOptions = {
  /** How names resolve (tests inject one). */
  resolver?: Resolver;
  allowLoopback?: boolean;
  /** Where a checked address is dialled (tests send every connection to loopback, so that even a
   *  broken check could not reach another address). */
  connectTo?: (address: string) => string;
};

/**
 * One POST to `url`. The host's addresses are resolved once and every one checked before any
 * connection opens; the connection then dials the checked address (pinned: a second lookup cannot
 * answer differently), with the URL's name for TLS and the Host header. Answers the status and
 * the first `maxBytes` of the answer; throws BlockedAddress, or the fetch's error on a timeout or
 * a failed connection.
 */
export async function postOutbound(
  url: string,
  request: { headers: Record<string, string>; body: string; timeoutMs: number; maxBytes?: number },
  options: OutboundOptions = {},
): Promise<OutboundAnswer> {
  const allowLoopback = options.allowLoopback ?? loopbackAllowed();
  const target = new URL(url);
  const host = target.hostname.replace(/^\[|\]$/g, "");
  const started = performance.now();
  const signal = AbortSignal.timeout(request.timeoutMs);
  const addresses = ipaddr.isValid(host)
    ? [{ address: host, family: ipaddr.parse(host).kind() === "ipv6" ? 6 : 4 }]
    : await (options.resolver ?? systemResolver)(host);
  const blocked = addresses.find((entry) => !reachable(entry.address, allowLoopback));
  if (addresses.length === 0) throw new BlockedAddress(`${host} did not resolve`);
  if (blocked) throw new BlockedAddress(`${host} is ${blocked.address}, which is not a public address`);
  const address = addresses[0]?.address as string;
  const dial = options.connectTo ? options.connectTo(address) : address;
  const connect = buildConnector({ timeout: request.timeoutMs });
  const dispatcher = new Agent({
    connect: (connectOptions, callback) =>
      connect({ ...connectOptions, hostname: dial, servername: ipaddr.isValid(host) ? undefined : host }, callback),
  });
  try {
    const answer = await fetch(target, {
      method: "POST",
      headers: request.headers,
      body: request.body,
      redirect: "manual",
      dispatcher,
      signal,
    });
    const body = await readUpTo(answer.body, request.maxBytes ?? 1024);
    return { status: answer.status, body, latencyMs: performance.now() - started };
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
