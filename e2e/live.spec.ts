import { expect, row, signIn, test, thread } from "./support/fixtures";
import { seedThread } from "./support/seed";

test("a message sent to the inbound webhook appears in an open inbox without a reload", async ({
  page,
  org,
  request,
}) => {
  const { conversationId, channelIdentifier } = await seedThread({
    organizationId: org.organization.id,
    contactName: `Hal ${org.tag}`,
    assigneeIds: [org.manager.id],
  });
  await signIn(page, org.manager.email);
  await page.goto(`/inbox?c=${conversationId}`);
  await expect(thread(page).getByText(`Hello from Hal ${org.tag}`)).toBeVisible();

  const delivered = await request.post("/api/webhooks/inbound", {
    headers: { Authorization: `Bearer ${org.inboundSecret}` },
    data: { channelType: "sms", from: channelIdentifier, body: "Are you still there?" },
  });
  expect(delivered.status()).toBe(201);
  const newcomer = await request.post("/api/webhooks/inbound", {
    headers: { Authorization: `Bearer ${org.inboundSecret}` },
    data: { channelType: "sms", from: "+15550001234", body: "First time writing", contactName: `Ivy ${org.tag}` },
  });
  expect(newcomer.status()).toBe(201);

  await expect(thread(page).getByText("Are you still there?")).toBeVisible();
  await page.getByRole("tab", { name: /Unassigned/ }).click();
  await expect(row(page, new RegExp(`Ivy ${org.tag}, SMS, unseen`))).toBeVisible();
});
