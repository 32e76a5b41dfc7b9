import { expect, signIn, test } from "./support/fixtures";
import { threadOf } from "./support/seed";

test("shows a contact's threads across channels, one tab per channel, each linking to its thread", async ({
  page,
  org,
}) => {
  const sms = await threadOf(org, "Mo", { email: `mo-${org.tag}@x.test` });
  const email = await threadOf(org, "Mo", {
    contactId: sms.contactId,
    channelType: "email",
    email: `mo-${org.tag}@x.test`,
  });
  await signIn(page, org.manager.email);
  await page.goto(`/contacts/${sms.contactId}`);
  const tabs = page.getByRole("tablist", { name: "Channels" });
  await expect(tabs.getByRole("tab", { name: /SMS 1/ })).toHaveAttribute("aria-selected", "true");
  await expect(tabs.getByRole("tab", { name: /Email 1/ })).toBeVisible();
  await expect(tabs.getByRole("tab", { name: /Messenger 0/ })).toBeVisible();
  await tabs.getByRole("tab", { name: /Email 1/ }).click();
  await page.getByRole("tabpanel").getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(`c=${email.conversationId}`));
  await expect(page.getByRole("region", { name: `Conversation with Mo ${org.tag}` })).toContainText(
    `mo-${org.tag}@x.test`,
  );
});
