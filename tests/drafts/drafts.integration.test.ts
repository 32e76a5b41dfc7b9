import { afterAll, describe, expect, it } from "vitest";
import * as draftRoute from "@/app/api/conversation/[id]/draft/route";
import { eventHub } from "@/lib/events/hub";
import * as routes from "../api/routes";
import { callRoute } from "../support/call-route";
import { openEventStream } from "../support/event-stream";
import { conversationOf, createOrganization } from "../support/factories";

// Drafts: one person's unsent reply, on the server; shown in their inbox row, gone once they reply.

afterAll(() => eventHub().stop());

const handlers = { GET: draftRoute.GET, PUT: draftRoute.PUT, DELETE: draftRoute.DELETE };

describe("drafts", () => {
  it("saves, shows in the author's inbox row only, tells the author's other tabs, and ends with a reply", async () => {
    const org = await createOrganization();
    const conversation = await conversationOf(org, {
      assigneeIds: [org.agent.id, org.manager.id],
      messages: [{ isIncoming: true }],
    });
    const draft = (token: string, method: "GET" | "PUT" | "DELETE", body?: object) =>
      callRoute(handlers[method], method, "/", { token, params: { id: conversation.id }, body });
    const rowOf = async (token: string) =>
      (await callRoute(routes.inbox.GET, "GET", "/", { token, query: { view: "mine" } })).body.conversations.find(
        (row: { _id: string }) => row._id === conversation.id,
      );

    expect((await draft(org.agent.token, "GET")).body).toEqual({ data: null });
    const otherTab = await openEventStream({ token: org.agent.token });
    if (!otherTab.ok) throw new Error("stream refused");
    const saved = await draft(org.agent.token, "PUT", { body: "Thanks for waiting, I am checking" });
    expect(saved.status).toBe(200);
    expect(saved.body.data.body).toBe("Thanks for waiting, I am checking");
    const [told] = await otherTab.readUntil((event) => event.event === "draft.updated");
    expect(told?.data).toEqual({ conversationId: conversation.id });
    otherTab.close();

    expect((await draft(org.agent.token, "GET")).body.data.body).toBe("Thanks for waiting, I am checking");
    expect((await rowOf(org.agent.token)).draft).toBe("Thanks for waiting, I am checking");
    // Another person on the same thread sees none of it.
    expect((await draft(org.manager.token, "GET")).body).toEqual({ data: null });
    expect((await rowOf(org.manager.token)).draft).toBeNull();

    const reply = await callRoute(routes.reply.POST, "POST", "/", {
      token: org.agent.token,
      params: { id: conversation.id },
      body: { body: "Thanks for waiting: it is fixed" },
    });
    expect(reply.status).toBe(201);
    expect((await draft(org.agent.token, "GET")).body).toEqual({ data: null });
    expect((await rowOf(org.agent.token)).draft).toBeNull();
  });

  it("a blank draft removes it; no draft on a conversation the caller may not read (404); bodies are checked", async () => {
    const org = await createOrganization();
    const conversation = await conversationOf(org, { assigneeIds: [org.agent.id] });
    const call = (token: string, method: "GET" | "PUT" | "DELETE", body?: object) =>
      callRoute(handlers[method], method, "/", { token, params: { id: conversation.id }, body });
    await call(org.agent.token, "PUT", { body: "half a thought" });
    expect((await call(org.agent.token, "PUT", { body: "   " })).body).toEqual({ data: null });
    expect((await call(org.agent.token, "GET")).body).toEqual({ data: null });
    await call(org.agent.token, "PUT", { body: "again" });
    expect((await call(org.agent.token, "DELETE")).status).toBe(200);
    expect((await call(org.agent.token, "GET")).body).toEqual({ data: null });

    expect((await call(org.otherAgent.token, "GET")).status).toBe(404);
    expect((await call(org.otherAgent.token, "PUT", { body: "sneaky" })).status).toBe(404);
    const other = await createOrganization();
    expect((await call(other.admin.token, "PUT", { body: "across" })).status).toBe(404);
    expect((await call(org.agent.token, "PUT", { body: "x".repeat(5001) })).status).toBe(400);
    expect((await call(org.agent.token, "PUT", { body: 5 })).status).toBe(400);
    expect(
      (await callRoute(draftRoute.PUT, "PUT", "/", { params: { id: conversation.id }, body: { body: "x" } })).status,
    ).toBe(401);
  });

  it("never lets a save overtaken by a later one of the same composer overwrite it, in whatever order they arrive", async () => {
    const org = await createOrganization();
    const conversation = await conversationOf(org, { assigneeIds: [org.agent.id] });
    const put = (body: object) =>
      callRoute(draftRoute.PUT, "PUT", "/", { token: org.agent.token, params: { id: conversation.id }, body });
    const text = async () =>
      (await callRoute(draftRoute.GET, "GET", "/", { token: org.agent.token, params: { id: conversation.id } })).body
        .data?.body;

    // The page went away with revision 3; the debounced revision 2 arrives after it.
    expect((await put({ body: "the whole answer", editor: "tab-1", revision: 3 })).body.data.body).toBe(
      "the whole answer",
    );
    const late = await put({ body: "the whole", editor: "tab-1", revision: 2 });
    expect(late.status).toBe(200);
    expect(late.body.data.body).toBe("the whole answer");
    expect(await text()).toBe("the whole answer");
    // A late blank save of that composer does not remove it either.
    expect((await put({ body: "", editor: "tab-1", revision: 1 })).body.data.body).toBe("the whole answer");
    expect(await text()).toBe("the whole answer");
    // Another composer (the page after the reload) and a client that names none are applied.
    await put({ body: "after the reload", editor: "tab-2", revision: 1 });
    expect(await text()).toBe("after the reload");
    await put({ body: "from the API" });
    expect(await text()).toBe("from the API");
    expect((await put({ body: "x", editor: "", revision: 1 })).status).toBe(400);
    expect((await put({ body: "x", editor: "tab-3", revision: -1 })).status).toBe(400);
  });
});
