import { beforeEach, describe, expect, it } from "vitest";
import * as replyRoute from "@/app/api/canned-replies/[id]/route";
import * as usedRoute from "@/app/api/canned-replies/[id]/used/route";
import * as repliesRoute from "@/app/api/canned-replies/route";
import { callRoute } from "../support/call-route";
import { createOrganization } from "../support/factories";

// Canned replies through the route handlers: who sees and writes which, shortcuts unique in their
// scope, the most used first.

let world: Awaited<ReturnType<typeof createOrganization>>;
beforeEach(async () => {
  world = await createOrganization();
});

const create = (token: string, body: Record<string, unknown>) =>
  callRoute(repliesRoute.POST, "POST", "/", { token, body });
const list = async (token: string) =>
  (await callRoute(repliesRoute.GET, "GET", "/", { token })).body.cannedReplies as {
    _id: string;
    shortcut: string;
    scope: string;
  }[];

describe("canned replies", () => {
  it("are the organization's (managers and admins write them) or one person's own (only they see them)", async () => {
    expect((await create(world.agent.token, { scope: "organization", shortcut: "hours", body: "9 to 5" })).status).toBe(
      403,
    );
    const shared = await create(world.manager.token, {
      scope: "organization",
      shortcut: "hours",
      body: "We open 9 to 5, {{contact.firstName}}.",
    });
    expect(shared.status).toBe(200);
    expect(shared.body.data).toMatchObject({ shortcut: "hours", scope: "organization", usageCount: 0 });
    const mine = await create(world.agent.token, { scope: "personal", shortcut: "sig", body: "— {{agent.name}}" });
    expect(mine.status).toBe(200);
    // The same shortcut is fine in another scope, not twice in one.
    expect((await create(world.agent.token, { scope: "personal", shortcut: "hours", body: "mine" })).status).toBe(200);
    const again = await create(world.admin.token, { scope: "organization", shortcut: "hours", body: "x" });
    expect(again.status).toBe(409);
    expect(again.body.errors).toEqual([{ path: "shortcut", message: "another canned reply has this shortcut" }]);

    expect((await list(world.agent.token)).map((r) => `${r.scope}:${r.shortcut}`).toSorted()).toEqual([
      "organization:hours",
      "personal:hours",
      "personal:sig",
    ]);
    expect((await list(world.otherAgent.token)).map((r) => r.shortcut)).toEqual(["hours"]);
    const stranger = await createOrganization();
    expect(await list(stranger.admin.token)).toEqual([]);

    // Changing: the owner their own; the organization's only managers and admins; nobody else's.
    const patch = (token: string, id: string, body: Record<string, unknown>) =>
      callRoute(replyRoute.PATCH, "PATCH", "/", { token, params: { id }, body });
    expect((await patch(world.agent.token, shared.body.data._id, { body: "x" })).status).toBe(403);
    expect((await patch(world.otherAgent.token, mine.body.data._id, { body: "x" })).status).toBe(404);
    expect((await patch(world.manager.token, mine.body.data._id, { body: "x" })).status).toBe(404);
    expect((await patch(stranger.admin.token, shared.body.data._id, { body: "x" })).status).toBe(404);
    expect((await patch(world.agent.token, mine.body.data._id, { body: "— Alex" })).body.data.body).toBe("— Alex");
    const removed = await callRoute(replyRoute.DELETE, "DELETE", "/", {
      token: world.admin.token,
      params: { id: shared.body.data._id },
    });
    expect(removed.status).toBe(200);
    expect((await list(world.otherAgent.token)).map((r) => r.shortcut)).toEqual([]);
  });

  it("lists the most used first; a use counts once per call, only for a reply the viewer sees", async () => {
    const a = await create(world.manager.token, { scope: "organization", shortcut: "a", body: "A" });
    const b = await create(world.manager.token, { scope: "organization", shortcut: "b", body: "B" });
    const used = (token: string, id: string) => callRoute(usedRoute.POST, "POST", "/", { token, params: { id } });
    await Promise.all([used(world.agent.token, b.body.data._id), used(world.otherAgent.token, b.body.data._id)]);
    expect((await list(world.agent.token)).map((r) => r.shortcut)).toEqual(["b", "a"]);
    const stranger = await createOrganization();
    expect((await used(stranger.admin.token, a.body.data._id)).status).toBe(404);
  });

  it("refuses bad shortcuts and unknown fields, naming them", async () => {
    const bad = await create(world.agent.token, { scope: "personal", shortcut: "no spaces", body: "x", Body: "y" });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { path: string }) => e.path).toSorted()).toEqual(["Body", "shortcut"]);
  });
});
