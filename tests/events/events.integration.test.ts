import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import * as presenceRoute from "@/app/api/conversation/[id]/presence/route";
import { pool } from "@/lib/db/client";
import { eventHub } from "@/lib/events/hub";
import { revokeApiToken } from "@/lib/tokens/api-tokens";
import * as routes from "../api/routes";
import { callRoute } from "../support/call-route";
import type { Caller } from "../support/callers";
import { type EventStream, openEventStream, type ReceivedEvent } from "../support/event-stream";
import { conversationOf, createOrganization, createUser } from "../support/factories";

// GET /api/events: who receives what (the access matrix of the reads, applied to events), catching
// up after a reconnect, and the stream ending with its credentials.

const opened: EventStream[] = [];

async function open(options: Parameters<typeof openEventStream>[0]): Promise<EventStream> {
  const stream = await openEventStream(options);
  if (!stream.ok) throw new Error(`stream refused: ${stream.status} ${JSON.stringify(stream.body)}`);
  opened.push(stream);
  return stream;
}

/** An event only this user receives, committed after everything before it: once a stream has it,
 *  the stream has had every earlier event it was going to get. */
async function sentinel(userId: string): Promise<string> {
  const marker = `sentinel-${Math.random().toString(36).slice(2)}`;
  await pool().query("SELECT inbox_event(jsonb_build_object('k', 'seen.updated', 'c', $1::text, 'u', $2::text))", [
    marker,
    userId,
  ]);
  return marker;
}

const untilSentinel = (marker: string) => (event: ReceivedEvent) => event.data.conversationId === marker;

/** Opens a stream and reads past everything committed before it: a notification from the test's
 *  setup can reach the server after the stream opened, and would otherwise look like the test's. */
async function openSettled(token: string, userId: string): Promise<EventStream> {
  const stream = await open({ token });
  await stream.readUntil(untilSentinel(await sentinel(userId)));
  return stream;
}

afterEach(() => {
  for (const stream of opened.splice(0)) stream.close();
});
afterAll(() => eventHub().stop());

describe("who receives an event", () => {
  let world: Awaited<ReturnType<typeof setup>>;
  async function setup() {
    const org = await createOrganization();
    const other = await createOrganization();
    const owner = await createUser(org.organization.id, "AGENT");
    const revoked = await createUser(org.organization.id, "ADMIN");
    await revokeApiToken({
      viewer: { userId: revoked.id, organizationId: org.organization.id, role: "ADMIN", via: "token" },
      tokenId: (await pool().query('SELECT id FROM "ApiToken" WHERE "userId" = $1', [revoked.id])).rows[0].id,
    });
    const conversation = await conversationOf(org, {
      ownerId: owner.id,
      assigneeIds: [org.agent.id],
      messages: [{ isIncoming: true }],
    });
    const tokens: Record<Caller, { token?: string; headers?: Record<string, string>; userId?: string }> = {
      "no credentials": {},
      "malformed header": { headers: { authorization: "Basic abc" } },
      "unknown token": { token: "tth_unknownunknownunknown" },
      "revoked token": { token: revoked.token },
      "other organization's admin": { token: other.admin.token, userId: other.admin.id },
      "unrelated agent": { token: org.otherAgent.token, userId: org.otherAgent.id },
      "owner agent": { token: owner.token, userId: owner.id },
      "assignee agent": { token: org.agent.token, userId: org.agent.id },
      manager: { token: org.manager.token, userId: org.manager.id },
      admin: { token: org.admin.token, userId: org.admin.id },
    };
    return { org, conversation, tokens };
  }
  beforeEach(async () => {
    world = await setup();
  });

  it("sends a conversation's events to exactly those who may read it, and 401 without credentials", async () => {
    const expected: Record<Caller, number | "receives" | "nothing"> = {
      "no credentials": 401,
      "malformed header": 401,
      "unknown token": 401,
      "revoked token": 401,
      "other organization's admin": "nothing",
      "unrelated agent": "nothing",
      "owner agent": "receives",
      "assignee agent": "receives",
      manager: "receives",
      admin: "receives",
    };
    const streams = new Map<Caller, EventStream>();
    for (const [caller, outcome] of Object.entries(expected) as [Caller, number | string][]) {
      const auth = world.tokens[caller];
      const answer = await openEventStream({ token: auth.token, headers: auth.headers });
      if (typeof outcome === "number") {
        expect(answer.status, caller).toBe(outcome);
        expect(!answer.ok && answer.body.message, caller).toBeTruthy();
      } else {
        expect(answer.status, caller).toBe(200);
        if (answer.ok) {
          opened.push(answer);
          await answer.readUntil(untilSentinel(await sentinel(auth.userId as string)));
          streams.set(caller, answer);
        }
      }
    }

    // A reply (a message and its conversation moving), a resolution, and marking it seen.
    const id = world.conversation.id;
    const reply = await callRoute(routes.reply.POST, "POST", "/", {
      token: world.org.admin.token,
      params: { id },
      body: { body: "On it" },
    });
    expect(reply.status).toBe(201);
    const resolve = await callRoute(routes.resolve.PUT, "PUT", "/", {
      token: world.org.admin.token,
      params: { id },
      body: { isResolved: true },
    });
    expect(resolve.status).toBe(200);
    await callRoute(routes.seen.POST, "POST", "/", { token: world.org.admin.token, body: { conversationId: id } });

    for (const [caller, stream] of streams) {
      const userId = world.tokens[caller].userId as string;
      const events = (await stream.readUntil(untilSentinel(await sentinel(userId)))).slice(0, -1);
      if (expected[caller] === "nothing") {
        expect(events, caller).toEqual([]);
        continue;
      }
      // (The built-in provider's "delivered" may come before or after the sentinel: left out.)
      const kinds = events.map((event) => event.event).filter((kind) => kind !== "message.updated");
      expect(kinds, caller).toEqual(
        caller === "admin"
          ? // replying marks the thread seen for the one who replied; then marking it seen again
            ["message.created", "seen.updated", "conversation.updated", "conversation.updated", "seen.updated"]
          : ["message.created", "conversation.updated", "conversation.updated"],
      );
      expect(events[0]?.data, caller).toEqual({
        conversationId: id,
        messageId: reply.body.data._id,
        isIncoming: false,
        status: "queued",
      });
      expect(events.every((event) => event.data.conversationId === id && event.id)).toBe(true);
    }
  });

  it("tells agents taken off a thread, and a deleted thread's former holders, though they can no longer read it", async () => {
    const settled = (caller: Caller) =>
      openSettled(world.tokens[caller].token as string, world.tokens[caller].userId as string);
    const owner = await settled("owner agent");
    const assignee = await settled("assignee agent");
    const unrelated = await settled("unrelated agent");
    const id = world.conversation.id;

    const unassign = await callRoute(routes.conversation.PUT, "PUT", "/", {
      token: world.org.admin.token,
      params: { id },
      body: { assignees: [] },
    });
    expect(unassign.status).toBe(200);
    const gone = await assignee.readUntil(untilSentinel(await sentinel(world.org.agent.id)));
    expect(gone.map((event) => event.event)).toEqual(["conversation.updated", "seen.updated"]);
    expect(gone[0]?.data).toEqual({ conversationId: id });

    const removal = await callRoute(routes.remove.DELETE, "DELETE", "/", {
      token: world.org.admin.token,
      body: { conversationId: id },
    });
    expect(removal.status).toBe(200);
    const ownerEvents = await owner.readUntil(
      untilSentinel(await sentinel(world.tokens["owner agent"].userId as string)),
    );
    expect(ownerEvents.map((event) => event.event)).toEqual([
      "conversation.updated",
      "conversation.deleted",
      "seen.updated",
    ]);
    const unrelatedEvents = await unrelated.readUntil(untilSentinel(await sentinel(world.org.otherAgent.id)));
    expect(unrelatedEvents.map((event) => event.event)).toEqual(["seen.updated"]);
  });
});

describe("presence", () => {
  it("reaches the others who may read the thread, never the unrelated; 404 without access; at most 5 a second", async () => {
    const org = await createOrganization();
    const conversation = await conversationOf(org, { assigneeIds: [org.agent.id] });
    const manager = await openSettled(org.manager.token, org.manager.id);
    const unrelated = await openSettled(org.otherAgent.token, org.otherAgent.id);
    const presence = (token: string, state: string) =>
      callRoute(presenceRoute.POST, "POST", "/", { token, params: { id: conversation.id }, body: { state } });

    expect((await presence(org.agent.token, "typing")).status).toBe(204);
    const [typing] = await manager.readUntil((event) => event.event === "presence");
    expect(typing?.data).toEqual({
      conversationId: conversation.id,
      userId: org.agent.id,
      name: org.agent.fullName,
      typing: true,
      left: false,
      joined: false,
    });
    expect((await presence(org.otherAgent.token, "viewing")).status).toBe(404);
    expect((await presence(org.agent.token, "sitting")).status).toBe(400);
    const events = await unrelated.readUntil(untilSentinel(await sentinel(org.otherAgent.id)));
    expect(events.map((event) => event.event)).toEqual(["seen.updated"]);

    // A burst of 10, then 5 a second: 60 at once are more than that unless they take over 10 s.
    const burst = await Promise.all(Array.from({ length: 60 }, () => presence(org.admin.token, "viewing")));
    expect(burst.filter((answer) => answer.status === 429).length).toBeGreaterThan(0);
  });
});

describe("catching up and ending", () => {
  it("sends what a reconnecting client missed, by Last-Event-ID, and says resync when that is unknown", async () => {
    const org = await createOrganization();
    const conversation = await conversationOf(org, { messages: [{ isIncoming: true }] });
    const first = await openSettled(org.manager.token, org.manager.id);
    const reply = (body: string) =>
      callRoute(routes.reply.POST, "POST", "/", {
        token: org.admin.token,
        params: { id: conversation.id },
        body: { body },
      });
    await reply("one");
    const had = (await first.readUntil((event) => event.event === "conversation.updated")).at(-1) as ReceivedEvent;
    first.close();

    // While disconnected: a reply from someone else.
    const missed = await reply("two");
    const again = await open({ token: org.manager.token, headers: { "last-event-id": had.id } });
    const caughtUp = await again.readUntil(
      (event) => event.event === "message.created" && event.data.messageId === missed.body.data._id,
    );
    // Only what came after the last event it had: the first reply's own creation is not sent again.
    expect(caughtUp.filter((event) => event.event === "message.created")).toHaveLength(1);
    expect(caughtUp.map((event) => event.id)).not.toContain(had.id);

    // A stream that had no event yet resumes from where it started.
    const quiet = await open({ token: org.manager.token });
    expect(quiet.readyId).toBeTruthy();
    quiet.close();
    const three = await reply("three");
    const resumed = await open({ token: org.manager.token, headers: { "last-event-id": quiet.readyId } });
    // (Earlier replies' delivery reports may come first: the built-in provider reports on its own time.)
    const replayed = await resumed.readUntil((event) => event.event === "message.created");
    expect(replayed.at(-1)?.data.messageId).toBe(three.body.data._id);

    const unknown = await open({ token: org.manager.token, query: "?lastEventId=1-0" });
    const resync = await unknown.next();
    expect(resync?.event).toBe("resync");
    expect(resync?.data.reason).toMatch(/no longer kept/);
  });

  it("sends an agent what it missed while no stream at all was open on the server", async () => {
    const org = await createOrganization();
    const conversation = await conversationOf(org, { assigneeIds: [org.agent.id], messages: [{ isIncoming: true }] });
    const reply = (body: string) =>
      callRoute(routes.reply.POST, "POST", "/", {
        token: org.admin.token,
        params: { id: conversation.id },
        body: { body },
      });
    const agent = await openSettled(org.agent.token, org.agent.id);
    await reply("one");
    const had = (await agent.readUntil((event) => event.event === "conversation.updated")).at(-1) as ReceivedEvent;
    agent.close();

    // Nobody listens here now; the agent's reconnect must still get it, not lose it.
    const missed = await reply("two");
    const again = await open({ token: org.agent.token, headers: { "last-event-id": had.id } });
    const caughtUp = await again.readUntil((event) => event.event === "message.created" || event.event === "resync");
    expect(caughtUp.at(-1)?.data.messageId).toBe(missed.body.data._id);
  });

  it("ends when the token is revoked or the person deactivated, on the next change of their access", async () => {
    const org = await createOrganization();
    const stream = await open({ token: org.agent.token });
    const tokenId = (await pool().query('SELECT id FROM "ApiToken" WHERE "userId" = $1', [org.agent.id])).rows[0].id;
    await revokeApiToken({
      viewer: { userId: org.agent.id, organizationId: org.organization.id, role: "AGENT", via: "token" },
      tokenId,
    });
    await stream.ended();

    const manager = await open({ token: org.manager.token });
    const { changePerson } = await import("@/lib/accounts/people");
    await changePerson(
      { userId: org.admin.id, organizationId: org.organization.id, role: "ADMIN", via: "token" },
      org.manager.id,
      {
        active: false,
      },
    );
    await manager.ended();
  });

  it("holds at most EVENT_STREAMS_PER_USER streams per person on a server (429 past it)", async () => {
    const org = await createOrganization();
    for (let i = 0; i < 20; i++) await open({ token: org.agent.token });
    const refused = await openEventStream({ token: org.agent.token });
    expect(refused.status).toBe(429);
    for (const stream of opened.splice(0)) stream.close();
    await open({ token: org.agent.token });
  });
});
