import net from "node:net";

/**
 * A TCP proxy in front of the app that a test can cut: every open connection dropped and new ones
 * refused, until restored. It stands for a network that goes away (a laptop's Wi-Fi, a load
 * balancer restarting), which a browser context's "offline" switch does not do to open streams.
 * Or silence: the live event streams open now stay open but nothing more reaches the browser, and
 * no error either (a NAT that forgot the connection, a laptop waking up).
 */
export async function startCuttableProxy(target: URL) {
  const sockets = new Set<net.Socket>();
  const streams = new Set<net.Socket>();
  const silenced = new Set<net.Socket>();
  let cut = false;
  const server = net.createServer((client) => {
    if (cut) return client.destroy();
    const upstream = net.connect(Number(target.port), target.hostname);
    sockets.add(client).add(upstream);
    const forget = () => {
      client.destroy();
      upstream.destroy();
      for (const set of [sockets, streams, silenced]) {
        set.delete(client);
        set.delete(upstream);
      }
    };
    client.on("close", forget).on("error", forget);
    upstream.on("close", forget).on("error", forget);
    client.on("data", (chunk: Buffer) => {
      if (chunk.toString("latin1", 0, 20).startsWith("GET /api/events")) streams.add(client);
      upstream.write(chunk);
    });
    upstream.on("data", (chunk: Buffer) => {
      if (!silenced.has(client)) client.write(chunk);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    /** The app's address through this proxy (same host name, so the session cookie goes along). */
    url: `http://localhost:${port}`,
    cut() {
      cut = true;
      for (const socket of sockets) socket.destroy();
    },
    restore() {
      cut = false;
    },
    /** The event streams open now go silent, without closing; new connections work as before. */
    silence() {
      for (const socket of streams) silenced.add(socket);
    },
    stop: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
