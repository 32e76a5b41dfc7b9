import { beforeEach, describe, expect, it } from "vitest";
import * as testRoute from "@/app/api/channels/[id]/test/route";
import * as channelsRoute from "@/app/api/channels/route";
import { callRoute } from "../support/call-route";
import { connectTwilio } from "../support/channels";
import { createOrganization } from "../support/factories";

// Connecting when the provider cannot be reached (its API is on a loopback port where nothing
// listens: tests/support/global-setup.ts): the connection is kept, and says plainly that it was not
// verified and why, rather than showing as working (user-experience review 2026-12, B5).

let world: Awaited<ReturnType<typeof createOrganization>>;
beforeEach(async () => {
  world = await createOrganization();
});

describe("a provider that cannot be reached", () => {
  it("keeps the connection, not verified, with the reason in plain words, and Test says the same", async () => {
    const res = await connectTwilio(world.admin.token, {
      accountSid: `AC${"b2".repeat(16)}`,
      authToken: "token",
      fromNumber: "+15550001000",
    });
    expect(res.status).toBe(201);
    expect(res.body.data.check).toMatchObject({
      ok: false,
      message: "Twilio could not be reached: the connection was refused",
    });
    const tested = await callRoute(testRoute.POST, "POST", "/", {
      token: world.admin.token,
      params: { id: res.body.data._id },
    });
    expect(tested.body).toEqual({ ok: false, message: "Twilio could not be reached: the connection was refused" });

    const page = await callRoute(channelsRoute.POST, "POST", "/", {
      token: world.admin.token,
      body: { provider: "messenger", name: "Page", pageId: "1234567", pageAccessToken: "t", appSecret: "s" },
    });
    expect(page.status).toBe(201);
    expect(page.body.data.check.message).toBe("Meta could not be reached: the connection was refused");
  });
});
