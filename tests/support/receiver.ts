import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import type { OutboundOptions } from "@/lib/http/outbound";

// A webhook receiver on loopback for the tests: it keeps what it was sent and answers from a queue
// (204 when it is empty; a long body for errors, so that the 1 KB cut can be seen).

export type Received = { headers: IncomingHttpHeaders; body: string; path: string };
export type Answer = { status: number; headers?: Record<string, string> };

export async function startReceiver() {
  const received: Received[] = [];
  const answers: Answer[] = [];
  const server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk) => {
      body += chunk;
    });
    request.on("end", () => {
      received.push({ headers: request.headers, body, path: request.url ?? "" });
      const answer = answers.shift() ?? { status: 204 };
      response.writeHead(answer.status, answer.headers).end(answer.status >= 400 ? "x".repeat(5000) : "");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    url: `http://127.0.0.1:${port}/hooks`,
    received,
    answers,
    reset() {
      received.length = 0;
      answers.length = 0;
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * For a test of the address guard: names resolve where the test says, and every connection the
 * guard lets through is dialled to loopback, whatever address it was for. Even a broken guard
 * could then send nothing off this machine.
 */
export function loopbackOnly(addresses: string[]): OutboundOptions {
  return {
    resolver: async () => addresses.map((address) => ({ address, family: address.includes(":") ? 6 : 4 })),
    connectTo: () => "127.0.0.1",
  };
}
