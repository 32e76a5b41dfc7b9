import { NextRequest } from "next/server";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { callRoute } from "../support/call-route";
import { conversationOf, createOrganization } from "../support/factories";
import * as routes from "./routes";

// The messages answer is bounded (issue 11, M1): streamed in batches, at most MESSAGES_UNPAGED_MAX
// messages unpaged and about MESSAGES_MAX_BYTES in any answer (then nextCursor), and a few unpaged
// reads in flight per viewer. The memory it saves is measured by `npm run bench`, not here.

let world: Awaited<ReturnType<typeof createOrganization>>;
beforeEach(async () => {
  world = await createOrganization();
});

/** A thread of `count` messages a second apart (bodies of `bodyLength` characters), oldest first. */
async function thread(count: number, bodyLength = 20) {
  const conversation = await conversationOf(world);
  await db.$executeRaw`
    INSERT INTO "Message" ("conversationId", "contactId", "isIncoming", body, "channelType", "channelIdentifier",
      status, "senderType", "createdAt")
    SELECT ${conversation.id}, ${world.contact.id}, true, lpad(i::text, ${bodyLength}, '.'), 'sms', '+15550001111',
      'received', 'CONTACT', now() - interval '1 day' + i * interval '1 second'
    FROM generate_series(1, ${count}) AS i`;
  return conversation.id;
}

type Message = { _id: string; body: string };
const read = (conversationId: string, extra: Record<string, unknown> = {}, token = world.manager.token) =>
  callRoute(routes.messages.POST, "POST", "/api/conversation/messages", {
    token,
    body: { conversationId, ...extra },
  });
const numbers = (messages: Message[]) => messages.map((m) => Number(m.body.replace(/^\.+/, "")));
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** The request a client makes, answered by the route; its body left unread (a read in flight). */
const openRead = (conversationId: string, token: string, signal?: AbortSignal) =>
  routes.messages.GET(
    new NextRequest(`http://localhost:3000/api/conversation/messages?conversationId=${conversationId}`, {
      headers: { authorization: `Bearer ${token}` },
      signal,
    }),
    { params: Promise.resolve({}) },
  );

describe("the unpaged messages answer", () => {
  it("streams a thread longer than several batches whole, in order, in the reference's shape", async () => {
    const id = await thread(650);
    const response = await read(id);
    expect(response.status).toBe(200);
    expect(Object.keys(response.body)).toEqual(["messages"]);
    expect(numbers(response.body.messages)).toEqual(range(1, 650));
  });

  it("past MESSAGES_UNPAGED_MAX answers the newest ones and a nextCursor that pages on to the rest", async () => {
    const max = env().MESSAGES_UNPAGED_MAX;
    const id = await thread(max + 30);
    const first = await read(id);
    expect(first.status).toBe(200);
    expect(numbers(first.body.messages)).toEqual(range(31, max + 30));
    expect(first.body.nextCursor).toBe(first.body.messages[0]._id);

    const rest = await read(id, { limit: 500, before: first.body.nextCursor });
    expect(numbers(rest.body.messages)).toEqual(range(1, 30));
    expect(rest.body.nextCursor).toBeNull();
  });

  it("stops any answer at about MESSAGES_MAX_BYTES, and paging on loses and repeats nothing", async () => {
    const maxBytes = env().MESSAGES_MAX_BYTES;
    const id = await thread(500, 20_000); // ~10 MB of bodies
    const pages: Message[][] = [];
    let before: string | undefined;
    do {
      const page = await read(id, { limit: 500, ...(before ? { before } : {}) });
      expect(page.status).toBe(200);
      expect(page.text.length).toBeLessThanOrEqual(maxBytes);
      pages.unshift(page.body.messages);
      before = page.body.nextCursor ?? undefined;
    } while (before);
    expect(pages.length).toBeGreaterThan(1);
    expect(pages[pages.length - 1]?.length).toBeGreaterThan(300); // the cap, not a small page
    expect(numbers(pages.flat())).toEqual(range(1, 500));

    const unpaged = await read(id);
    expect(unpaged.text.length).toBeLessThanOrEqual(maxBytes);
    expect(unpaged.body.nextCursor).toBe(unpaged.body.messages[0]._id);
    expect(numbers(unpaged.body.messages).at(-1)).toBe(500);
  });

  it("sends even one message larger than the cap, so that a client can always go on", async () => {
    const id = await thread(2, env().MESSAGES_MAX_BYTES + 1000);
    const page = await read(id);
    expect(numbers(page.body.messages)).toEqual([2]);
    expect(page.body.nextCursor).toBe(page.body.messages[0]._id);
  });
});

describe("unpaged reads in flight per viewer", () => {
  it("refuses one past HEAVY_READS_PER_VIEWER with 429 and Retry-After, until one ends", async () => {
    const max = env().HEAVY_READS_PER_VIEWER;
    const id = await thread(450);
    const open = await Promise.all(range(1, max).map(() => openRead(id, world.manager.token)));
    for (const response of open) expect(response.status).toBe(200);

    const refused = await read(id);
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toBe("1");
    expect(refused.body.message).toMatch(/Too many unpaged message reads in flight/);
    // Paged reads, and other viewers, are not held back.
    expect((await read(id, { limit: 10 })).status).toBe(200);
    expect((await read(id, {}, world.admin.token)).status).toBe(200);

    // One read, finished: a slot again.
    await open[0]?.text();
    expect((await read(id)).status).toBe(200);
    // One abandoned by its client (the socket closed): a slot again.
    await open[1]?.body?.cancel();
    const again = await Promise.all(range(1, max).map(() => openRead(id, world.manager.token)));
    expect(again.map((r) => r.status)).toEqual(range(1, max).map(() => 200));
    await Promise.all(again.map((r) => r.text()));
  });

  it("frees the slot of a client that went away before its answer started", async () => {
    const id = await thread(450);
    for (let i = 0; i < env().HEAVY_READS_PER_VIEWER + 1; i++) {
      // Next.js aborts the request's signal when the connection closes; nothing reads this answer.
      const gone = new AbortController();
      const answered = openRead(id, world.manager.token, gone.signal);
      gone.abort();
      expect((await answered).status).toBe(200);
    }
    expect((await read(id)).status).toBe(200);
  });

  it("frees the slot when the read is refused (404)", async () => {
    const missing = "0".repeat(24);
    for (let i = 0; i < env().HEAVY_READS_PER_VIEWER + 2; i++) expect((await read(missing)).status).toBe(404);
    expect((await read(await thread(3))).status).toBe(200);
  });
});
