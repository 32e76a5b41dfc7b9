import { expect, list, row, signIn, test, thread } from "./support/fixtures";
import { seedThread } from "./support/seed";

test("filters by view, status, channel and unseen, and searches; filters live in the URL", async ({ page, org }) => {
  const o = org.organization.id;
  await seedThread({ organizationId: o, contactName: `Nora ${org.tag}`, assigneeIds: [org.manager.id], minutesAgo: 1 });
  await seedThread({
    organizationId: o,
    contactName: `Omar ${org.tag}`,
    channelType: "email",
    email: `omar-${org.tag}@x.test`,
    minutesAgo: 2,
  });
  await seedThread({ organizationId: o, contactName: `Pia ${org.tag}`, resolved: true, minutesAgo: 3 });
  await signIn(page, org.manager.email);

  await page.goto("/inbox");
  await expect(page.getByRole("tab", { name: /Mine\s*1/ })).toBeVisible();
  await expect(list(page).getByRole("listitem")).toHaveCount(1);
  await expect(row(page, new RegExp(`Nora ${org.tag}`))).toBeVisible();

  await page.getByRole("tab", { name: /All/ }).click();
  await expect(list(page).getByRole("listitem")).toHaveCount(2);

  await page.getByLabel("Channel").selectOption("email");
  await expect(list(page).getByRole("listitem")).toHaveCount(1);
  await expect(row(page, new RegExp(`Omar ${org.tag}`))).toBeVisible();
  await page.getByLabel("Channel").selectOption("");

  await page.getByRole("button", { name: "Resolved" }).click();
  await expect(row(page, new RegExp(`Pia ${org.tag}`))).toBeVisible();
  await expect(list(page).getByRole("listitem")).toHaveCount(1);
  await page.getByRole("button", { name: "Open" }).click();

  await page.getByLabel("Search contacts and messages").fill(`omar-${org.tag}`);
  await expect(list(page).getByRole("listitem")).toHaveCount(1);
  await expect(page).toHaveURL(/q=omar/);
  await page.reload();
  await expect(row(page, new RegExp(`Omar ${org.tag}`))).toBeVisible();
  await expect(page.getByLabel("Search contacts and messages")).toHaveValue(`omar-${org.tag}`);

  await page.getByLabel("Search contacts and messages").fill("");
  await page.getByLabel("Unseen only").check();
  await expect(list(page).getByRole("listitem")).toHaveCount(2);
  await page.getByLabel("Search contacts and messages").fill(`nobody-${org.tag}`);
  await expect(page.getByText("No conversations match")).toBeVisible();
});

test("an agent does not see another agent's conversation, in the list or by its URL", async ({ page, org }) => {
  const o = org.organization.id;
  const theirs = await seedThread({
    organizationId: o,
    contactName: `Secret ${org.tag}`,
    ownerId: org.otherAgent.id,
    assigneeIds: [org.otherAgent.id],
  });
  await seedThread({
    organizationId: o,
    contactName: `Mine ${org.tag}`,
    ownerId: org.agent.id,
    assigneeIds: [org.agent.id],
  });
  await signIn(page, org.agent.email);
  await page.goto("/inbox?view=all");
  await expect(row(page, new RegExp(`Mine ${org.tag}`))).toBeVisible();
  await expect(list(page).getByRole("listitem")).toHaveCount(1);
  await page.goto(`/inbox?view=all&c=${theirs.conversationId}`);
  await expect(page.getByText("This conversation is gone")).toBeVisible();
  await expect(page.getByText(`Secret ${org.tag}`)).toHaveCount(0);
});

test("finds a conversation by a word in an old message, with the word marked in the row", async ({ page, org }) => {
  const o = org.organization.id;
  const word = `invoice${org.tag}`;
  await seedThread({
    organizationId: o,
    contactName: `Quinn ${org.tag}`,
    lines: [
      { from: "contact", body: `Hi, where is ${word}? I paid last week.` },
      { from: "agent", body: "Let me check that for you." },
      { from: "contact", body: "Thanks!" },
    ],
  });
  await seedThread({ organizationId: o, contactName: `Ravi ${org.tag}` });
  await signIn(page, org.manager.email);
  await page.goto("/inbox?view=all");
  await expect(list(page).getByRole("listitem")).toHaveCount(2);

  await page.getByLabel("Search contacts and messages").fill(word.toUpperCase());
  await expect(list(page).getByRole("listitem")).toHaveCount(1);
  const found = row(page, new RegExp(`Quinn ${org.tag}.*found in a message: Hi, where is ${word}`));
  await expect(found).toBeVisible();
  await expect(list(page).locator("mark")).toHaveText(word);
  await found.click();
  await expect(thread(page).getByText(`Hi, where is ${word}? I paid last week.`)).toBeVisible();
});

test("search @screenshots", async ({ page, org }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const o = org.organization.id;
  await seedThread({
    organizationId: o,
    contactName: `Lena Park`,
    lines: [
      { from: "contact", body: "The dishwasher I bought in March stopped draining. Is it still under warranty?" },
      { from: "agent", body: "Sorry to hear that! Could you send the serial number from the inside of the door?" },
      { from: "contact", body: "Sure, here it is: DW-4471-K" },
    ],
    minutesAgo: 4,
  });
  await seedThread({
    organizationId: o,
    contactName: `Omar Haddad`,
    lines: [
      { from: "contact", body: "Does the extended warranty cover the ice maker too?" },
      { from: "agent", body: "It does, for three years." },
    ],
    minutesAgo: 30,
  });
  // Found by its contact's email: its row shows its latest message, unmarked.
  await seedThread({
    organizationId: o,
    contactName: `Acme Claims`,
    email: `warranty-${org.tag}@acme.test`,
    lines: [{ from: "contact", body: "Claim 2231 approved." }],
    minutesAgo: 90,
  });
  await signIn(page, org.manager.email);
  await page.goto("/inbox?view=all&q=warranty");
  await expect(list(page).getByRole("listitem")).toHaveCount(3);
  await row(page, /Lena Park/).click();
  await expect(thread(page).getByText(/under warranty/)).toBeVisible();
  await page.screenshot({ path: "docs/screenshots/search.png" });
});
