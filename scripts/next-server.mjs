// The production HTTP server: Next.js's request handler (the documented custom-server pattern)
// behind a server that decides who the client is. `next start` fills X-Forwarded-For from the socket
// only when the client sent none, so a client could choose its own address and walk around the
// per-client limits (sign-in, password reset). Here the header is the socket's address unless
// TRUST_PROXY=true, when the proxy in front has appended the address it saw (lib/auth/client-address.ts
// reads the last entry). Run by `npm start` (scripts/serve.ts), the Dockerfile and the browser tests.
//
//   node scripts/next-server.mjs [-p PORT] [-H HOSTNAME]
import { createServer } from "node:http";
import next from "next";

const args = process.argv.slice(2);
const option = (...names) => {
  const at = args.findIndex((arg) => names.includes(arg));
  return at >= 0 ? args[at + 1] : undefined;
};
const port = Number(option("-p", "--port") ?? process.env.PORT ?? 3000);
const hostname = option("-H", "--hostname") ?? process.env.HOSTNAME ?? "0.0.0.0";
const trustProxy = ["true", "1"].includes(process.env.TRUST_PROXY ?? "");

const app = next({ dev: false, dir: process.cwd(), hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((request, response) => {
  if (!trustProxy) request.headers["x-forwarded-for"] = request.socket.remoteAddress ?? "unknown";
  handle(request, response);
});
server.listen(port, hostname, () => console.log(`[inbox] serving on http://${hostname}:${port}`));

// As `next start` does on SIGTERM/SIGINT: stop taking connections, let the requests in flight finish
// (the live event streams are ended by the app itself: lib/events/hub.ts), then exit.
let stopping = false;
for (const [signal, code] of [
  ["SIGTERM", 143],
  ["SIGINT", 130],
]) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    server.close(async () => {
      await app.close().catch((error) => console.error(error));
      process.exit(code);
    });
  });
}
