import { createHash } from "node:crypto";
import { expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { callRoute } from "../support/call-route";
import { createOrganization } from "../support/factories";
import * as routes from "./routes";

it("makes one contact and one conversation when 20 first messages from one address arrive at once", async () => {
  const world = await createOrganization();
  await db.organization.update({
    where: { id: world.organization.id },
    data: { inboundSecretHash: createHash("sha256").update("race-secret").digest("hex") },
  });
  const results = await Promise.all(
    Array.from({ length: 20 }, (_, i) =>
      callRoute(routes.inbound.POST, "POST", "/", {
        headers: { authorization: "Bearer race-secret" },
        body: { channelType: "sms", from: "+15550009999", body: `message ${i}` },
      }),
    ),
  );
  expect(results.map((r) => r.status)).toEqual(results.map(() => 201));
  expect(new Set(results.map((r) => r.body.data.conversationId)).size).toBe(1);
  expect(await db.contact.count({ where: { organizationId: world.organization.id, phone: "+15550009999" } })).toBe(1);
  const conversation = await db.conversation.findUniqueOrThrow({ where: { id: results[0]!.body.data.conversationId } });
  expect(conversation.messageCount).toBe(20);
});
