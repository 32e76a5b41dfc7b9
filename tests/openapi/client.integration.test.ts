import { readFileSync } from "node:fs";
import createClient from "openapi-fetch";
import { describe, expect, it } from "vitest";
import type { paths } from "@/clients/typescript/api";
import { CLIENT_TYPES_FILE, clientTypes } from "@/lib/openapi/client-types";
import { conversationOf, createOrganization } from "@/tests/support/factories";
import { appFetch } from "@/tests/support/openapi";

// A client generated from the document (openapi-typescript's types, openapi-fetch's calls), used
// unchanged: the way an integrator's TypeScript talks to us. It compiles under `tsc` with the rest
// of the tests, and runs here against the app's route handlers, each answer checked against the
// document.

describe("the generated client", () => {
  it("is generated from the current document (npm run openapi:client)", async () => {
    expect(readFileSync(CLIENT_TYPES_FILE, "utf8")).toBe(await clientTypes());
  });

  it("lists a contact's conversations, reads messages, assigns, resolves and replies", async () => {
    const world = await createOrganization();
    const conversation = await conversationOf(world, {
      ownerId: world.manager.id,
      messages: [{ isIncoming: true, body: "Is the flat still free?" }, { body: "It is!" }],
    });
    const api = createClient<paths>({
      baseUrl: "http://localhost:3000",
      fetch: appFetch(),
      headers: { authorization: `Bearer ${world.manager.token}` },
    });

    const listed = await api.POST("/api/conversation/all", { body: { contactId: world.contact.id } });
    expect(listed.response.status).toBe(200);
    expect(listed.data?.conversations.map((c) => c._id)).toEqual([conversation.id]);

    const read = await api.GET("/api/conversation/messages", {
      params: { query: { conversationId: conversation.id, limit: 10 } },
    });
    expect(read.data?.messages.map((m) => m.body)).toEqual(["Is the flat still free?", "It is!"]);

    const assigned = await api.PUT("/api/conversation/{id}", {
      params: { path: { id: conversation.id } },
      body: { assignees: [world.agent.id], __v: 0 },
    });
    expect(assigned.data?.data.assignees.map((a) => a._id)).toEqual([world.agent.id]);
    const stale = await api.PUT("/api/conversation/{id}", {
      params: { path: { id: conversation.id } },
      body: { isAutopilot: false, __v: 0 },
    });
    expect(stale.response.status).toBe(409);
    expect(stale.error?.message).toMatch(/version|changed|conflict/i);

    const resolved = await api.PUT("/api/conversation/{id}/resolve", {
      params: { path: { id: conversation.id } },
      body: { isResolved: true },
    });
    expect(resolved.data?.data.isResolved).toBe(true);

    const replied = await api.POST("/api/conversation/{id}/messages", {
      params: { path: { id: conversation.id } },
      body: { body: "We will send the lease today." },
    });
    expect(replied.response.status).toBe(201);
    expect(replied.data?.data).toMatchObject({ body: "We will send the lease today.", senderType: "USER" });

    const unknown = await api.GET("/api/conversation/{id}", { params: { path: { id: "0".repeat(24) } } });
    expect(unknown.response.status).toBe(404);
  });
});
