import http from "node:http";
import { newApiToken } from "@/lib/auth/api-token";
import { expect, test } from "./support/fixtures";
import { prisma } from "./support/seed";

// A body over 1 MiB sent in chunks (no Content-Length) is refused with 413 and the connection is
// closed, instead of the client's next request on it hanging behind the unread rest.

test("a 413 on a chunked upload closes the connection", async ({ org, baseURL }) => {
  const { token, tokenHash, prefix } = newApiToken();
  await prisma.apiToken.create({ data: { userId: org.manager.id, name: "upload", tokenHash, prefix } });
  const url = new URL("/api/conversation/seen", baseURL);
  const chunk = Buffer.alloc(64 * 1024, "a");

  const outcome = await new Promise<{ status?: number; connection?: string; closed: boolean }>((resolve, reject) => {
    const request = http.request({
      host: url.hostname,
      port: url.port,
      path: url.pathname,
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json", "transfer-encoding": "chunked" },
    });
    let status: number | undefined;
    let connection: string | undefined;
    request.on("response", (response) => {
      status = response.statusCode;
      connection = response.headers.connection;
      response.resume();
    });
    request.on("socket", (socket) => socket.on("close", () => resolve({ status, connection, closed: true })));
    request.on("error", (error) => (status ? resolve({ status, connection, closed: true }) : reject(error)));
    // 2 MiB in 64 KiB chunks, each written once the last is taken, until the server has answered.
    let sent = 0;
    const next = () => {
      if (status || sent >= 32) return request.end();
      sent++;
      request.write(chunk, next);
    };
    next();
  });
  expect(outcome).toEqual({ status: 413, connection: "close", closed: true });
});
