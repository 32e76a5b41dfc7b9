import { expect, row, signIn, test, thread } from "./support/fixtures";
import { threadOf } from "./support/seed";

test("opens a thread with its system stamps and marks it seen", async ({ page, org }) => {
  await threadOf(org, "Quinn", {
    assigneeIds: [org.agent.id],
    ownerId: org.agent.id,
    lines: [
      { from: "contact", body: "Do you have openings next week?" },
      { from: "ai", body: "We do! What's your first name?" },
      { from: "contact", body: "Quinn" },
      {
        from: "system",
        stamp: {
          automationName: "Lead follow-up",
          fieldsExtracted: ["firstName"],
          actions: ["create_lead", "notify_team"],
        },
      },
    ],
  });
  await signIn(page, org.agent.email);
  await page.goto("/inbox");
  const quinn = row(page, new RegExp(`Quinn ${org.tag}, SMS, unseen`));
  await expect(quinn).toBeVisible();
  await quinn.click();

  const stamp = thread(page).getByRole("article", { name: "System: Lead follow-up" });
  await expect(stamp).toContainText("Lead follow-up");
  await expect(stamp).toContainText("firstName");
  await expect(stamp).toContainText("create_lead");
  await expect(stamp).toContainText("notify_team");
  await expect(thread(page).getByText("AI assistant")).toBeVisible();
  // Opening it marked it seen: the row is no longer announced as unseen.
  await expect(row(page, new RegExp(`Quinn ${org.tag}, SMS, assigned`))).toBeVisible();
});

test("replies with Enter; Shift+Enter breaks the line; a failed send stays in the composer", async ({ page, org }) => {
  await threadOf(org, "Rosa", { assigneeIds: [org.agent.id] });
  await signIn(page, org.agent.email);
  await page.goto("/inbox");
  await row(page, new RegExp(`Rosa ${org.tag}`)).click();

  const composer = page.getByLabel("Reply by SMS");
  // This organization has no SMS provider connected, and the composer says what that means.
  await expect(
    page.getByText("No SMS provider is connected: replies are recorded here but delivered nowhere."),
  ).toBeVisible();
  await composer.fill("See you at 4");
  await composer.press("Shift+Enter");
  await composer.pressSequentially("Bring your card");
  await expect(composer).toHaveValue("See you at 4\nBring your card");
  await composer.press("Enter");
  await expect(composer).toHaveValue("");
  const sent = thread(page).getByRole("article").filter({ hasText: "Bring your card" });
  // Never "Delivered" under "delivered nowhere" (user-experience review 2026-12, B7).
  await expect(sent).toContainText("Recorded here only: no channel was connected to send it");
  await expect(sent).not.toContainText("Delivered");

  await page.route("**/api/conversation/*/messages", (route) =>
    route.fulfill({
      status: 502,
      contentType: "application/json",
      body: JSON.stringify({ message: "The SMS provider is down" }),
    }),
  );
  await composer.fill("This one will fail");
  await composer.press("Enter");
  await expect(page.getByRole("alert").filter({ hasText: "Not sent: The SMS provider is down" })).toBeVisible();
  await expect(composer).toHaveValue("This one will fail");
});

test("in an email thread Enter is a new line, and Ctrl+Enter sends", async ({ page, org }) => {
  await threadOf(org, "Eve", {
    channelType: "email",
    assigneeIds: [org.agent.id],
    lines: [{ from: "contact", body: "Could you send me the invoice?" }],
    subject: "Invoice for March",
  });
  await signIn(page, org.agent.email);
  await page.goto("/inbox");
  // The subject shows in the list and in the thread's header.
  await row(page, new RegExp(`Eve ${org.tag}, Email.*: Invoice for March\\. Could you send me the invoice\\?`)).click();
  await expect(page.getByRole("region", { name: `Conversation with Eve ${org.tag}` })).toContainText(
    "Invoice for March",
  );
  const composer = page.getByLabel("Reply by Email");
  await expect(composer).toHaveAttribute("placeholder", /Ctrl\+Enter to send/);
  await composer.fill("Hello Eve,");
  await composer.press("Enter");
  await composer.pressSequentially("The invoice is attached.");
  // Enter did not send a half-written email: it is all still in the composer.
  await expect(composer).toHaveValue("Hello Eve,\nThe invoice is attached.");
  await expect(thread(page).getByRole("article").filter({ hasText: "Hello Eve" })).toHaveCount(0);
  await composer.press("Control+Enter");
  await expect(composer).toHaveValue("");
  await expect(thread(page).getByRole("article").filter({ hasText: "The invoice is attached." })).toBeVisible();
});
