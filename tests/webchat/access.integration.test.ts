import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as attachmentRoute from "@/app/api/attachments/[id]/route";
import * as channelsRoute from "@/app/api/channels/route";
import * as replyRoute from "@/app/api/conversation/[id]/messages/route";
import * as eventsRoute from "@/app/api/events/route";
import * as peopleRoute from "@/app/api/people/route";
import { db } from "@/lib/db/client";
import { eventHub } from "@/lib/events/hub";
import * as agentRoutes from "../api/routes";
import { callRoute } from "../support/call-route";
import { createOrganization } from "../support/factories";
import { connectWidget, PNG, visit, visitorEvents, type Widget, widget, workOutbound, write } from "./support";

// The access matrix with the webchat visitor as a caller: a visitor token opens the visitor's own
// conversation on its own widget and nothing else (another visitor's, another widget's, another
// organization's, any agent endpoint); and the visitor endpoints take no agent credential.

afterAll(() => eventHub().stop());

let world: Awaited<ReturnType<typeof createOrganization>>;
let site: Widget;
let otherSite: Widget;
let foreignSite: Widget;
let alice: string;
let bob: string;
let aliceConversation: string;
let aliceUpload: string;

beforeAll(async () => {
  world = await createOrganization();
  site = await connectWidget(world.admin.token);
  otherSite = await connectWidget(world.admin.token);
  foreignSite = await connectWidget((await createOrganization()).admin.token);
  alice = await visit(site.publicId);
  bob = await visit(site.publicId);
  const upload = await widget("POST", site.publicId, "uploads", { token: alice, rawBody: PNG });
  aliceUpload = upload.body.data.id;
  expect((await write(site.publicId, alice, "Alice's secret", { attachments: [aliceUpload] })).status).toBe(201);
  aliceConversation = (await db.conversation.findFirstOrThrow({ where: { organizationId: world.organization.id } })).id;
});

describe("a visitor", () => {
  it("reads only their own conversation", async () => {
    const page = await widget("GET", site.publicId, "messages", { token: bob });
    expect(page.status).toBe(200);
    expect(page.body.messages).toEqual([]);
    const mine = await widget("GET", site.publicId, "messages", { token: alice });
    const [message] = mine.body.messages;
    // Even naming Alice's messages as a cursor, Bob reads nothing of hers.
    for (const query of [{ before: message.id as string }, { after: message.id as string }] as Record<
      string,
      string
    >[]) {
      const probe = await widget("GET", site.publicId, "messages", { token: bob, query });
      expect(probe.body.messages).toEqual([]);
    }
    expect((await widget("GET", site.publicId, `uploads/${aliceUpload}`, { token: bob })).status).toBe(404);
    // Nor can Bob send her upload as his.
    expect((await write(site.publicId, bob, "mine now", { attachments: [aliceUpload] })).status).toBe(400);
  });

  it("is nobody on another widget, of this organization or another", async () => {
    for (const other of [otherSite, foreignSite]) {
      expect((await widget("GET", other.publicId, "messages", { token: alice })).status).toBe(401);
      expect((await write(other.publicId, alice, "hello")).status).toBe(401);
      expect((await widget("GET", other.publicId, `uploads/${aliceUpload}`, { token: alice })).status).toBe(401);
      expect((await widget("GET", other.publicId, "events", { token: alice })).status).toBe(401);
    }
  });

  it("cannot use any agent endpoint", async () => {
    const modules = [...Object.values(agentRoutes), channelsRoute, peopleRoute, eventsRoute, attachmentRoute];
    let refused = 0;
    for (const route of modules) {
      for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE"] as const) {
        const handler = (route as Record<string, unknown>)[method] as Parameters<typeof callRoute>[0] | undefined;
        if (!handler) continue;
        const res = await callRoute(handler, method, "/", {
          token: alice,
          params: { id: aliceConversation, messageId: aliceConversation },
          body: method === "GET" || method === "DELETE" ? undefined : { conversationId: aliceConversation, body: "x" },
        });
        // 405: a verb the route does not serve (answered before credentials are looked at).
        expect([401, 405], `${method} on a route answered ${res.status}`).toContain(res.status);
        if (res.status === 401) refused++;
      }
    }
    expect(refused).toBeGreaterThan(20);
  });

  it("hears nothing of another visitor's conversation", async () => {
    await write(site.publicId, bob, "Bob here");
    const bobConversation = (
      await db.conversation.findFirstOrThrow({
        where: { organizationId: world.organization.id, NOT: { id: aliceConversation } },
      })
    ).id;
    const bobEvents = await visitorEvents(site.publicId, bob);
    const reply = await callRoute(replyRoute.POST, "POST", "/", {
      token: world.admin.token,
      params: { id: aliceConversation },
      body: { body: "For Alice only" },
    });
    await workOutbound(reply.body.data._id);
    // Then something of Bob's: had Alice's reply (or her "seen") reached Bob, it would come first.
    const toBob = await callRoute(replyRoute.POST, "POST", "/", {
      token: world.admin.token,
      params: { id: bobConversation },
      body: { body: "For Bob" },
    });
    await workOutbound(toBob.body.data._id);
    const heard = await bobEvents.readUntil((event) => event.event === "message");
    bobEvents.close();
    expect(heard.map((event) => event.event)).toEqual(["seen", "message"]);
    const page = await widget("GET", site.publicId, "messages", { token: bob });
    expect(page.body.messages.map((m: { body: string }) => m.body)).toEqual(["Bob here", "For Bob"]);
  });
});

describe("the visitor endpoints", () => {
  it("take no agent credential, and no token of ours that was changed", async () => {
    expect((await widget("GET", site.publicId, "messages", { token: world.admin.token })).status).toBe(401);
    const [header, payload, signature] = alice.split(".");
    const claims = JSON.parse(Buffer.from(payload as string, "base64url").toString());
    const forged = [
      header,
      Buffer.from(JSON.stringify({ ...claims, a: "anon:someone-else" })).toString("base64url"),
      signature,
    ].join(".");
    expect((await widget("GET", site.publicId, "messages", { token: forged })).status).toBe(401);
    expect((await widget("GET", site.publicId, "messages", { token: "" })).status).toBe(401);
  });

  it("answer 404 for a widget that does not exist, and for paths they do not have", async () => {
    expect((await widget("GET", "no-such-widget", "config")).status).toBe(404);
    expect((await widget("GET", site.publicId, "messages/extra/path", { token: alice })).status).toBe(404);
    expect((await widget("GET", site.publicId, "admin", { token: alice })).status).toBe(404);
    expect((await widget("DELETE", site.publicId, "messages", { token: alice })).status).toBe(405);
  });
});
