import { PDF, PNG, WEBP } from "../tests/support/files";
import { expect, live, signIn, test, thread } from "./support/fixtures";
import { threadOf } from "./support/seed";

// Canned replies from Settings to a sent reply: `/` in the composer, the keyboard, the variables
// filled with the contact's and the agent's details, a variable with no value held as a marker, and
// the reply's file sent with it.

test("a manager saves a canned reply; `/` finds it in the composer, fills it, and holds a missing value until it is typed", async ({
  page,
  org,
}) => {
  await signIn(page, org.manager.email);
  await page.goto("/settings/canned-replies");
  await page.getByRole("button", { name: "New canned reply" }).click();
  const form = page.getByRole("form", { name: "New canned reply" });
  await form.getByLabel("Shortcut").fill(`hours${org.tag}`);
  await form
    .getByLabel("Text")
    .fill("Hi {{contact.firstName}}, we open at 9. We will write to {{contact.email}}. {{agent.firstName}}");
  await form.getByRole("button", { name: "Add canned reply" }).click();
  await expect(page.getByText(`/hours${org.tag}`)).toBeVisible();
  // Saved, it takes a file: each reply that uses it sends a copy.
  await page.getByRole("button", { name: `Edit /hours${org.tag}` }).click();
  const edit = page.getByRole("form", { name: `Edit /hours${org.tag}` });
  await edit.getByLabel("Add a file").setInputFiles({ name: "opening-hours.png", mimeType: "image/png", buffer: PNG });
  await expect(edit.getByRole("list", { name: `Files of /hours${org.tag}` })).toContainText("opening-hours.png");
  await edit.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByText("opening-hours.png")).toBeVisible();

  const { conversationId } = await threadOf(org, "Nia", { assigneeIds: [org.manager.id] });
  const ready = live(page);
  await page.goto(`/inbox?c=${conversationId}`);
  await ready;
  const reply = page.getByRole("textbox", { name: /^Reply/ });
  await reply.click();
  // Esc closes the list and keeps what was typed.
  await page.keyboard.type("/");
  const list = page.getByRole("listbox", { name: "Canned replies" });
  await expect(list).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(list).toBeHidden();
  await page.keyboard.type(`hours${org.tag}`);
  await expect(list.getByRole("option", { selected: true })).toContainText(`/hours${org.tag}`);
  await page.keyboard.press("Enter");
  await expect(reply).toHaveValue("Hi Nia, we open at 9. We will write to [contact.email?]. Maya");
  await expect(page.getByRole("list", { name: "Files to send" })).toContainText("opening-hours.png");
  // Copied (its size replaces the progress bar): until then Send waits, saying so.
  await expect(page.getByRole("list", { name: "Files to send" })).toContainText("KB");
  await expect(page.getByText("Fill in [contact.email?] before sending.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Send" })).toBeDisabled();

  await reply.fill("Hi Nia, we open at 9. We will write to nia@example.com. Maya");
  await page.keyboard.press("Enter");
  await expect(thread(page).getByText("We will write to nia@example.com.")).toBeVisible();
  await expect(
    thread(page)
      .getByRole("article")
      .filter({ hasText: "nia@example.com" })
      .getByRole("img", { name: "opening-hours.png" }),
  ).toBeVisible();
  await expect(reply).toHaveValue("");
});

test("canned replies @screenshots", async ({ page, org }) => {
  await signIn(page, org.manager.email);
  for (const [shortcut, text] of [
    ["hours", "Hi {{contact.firstName}}, we are open 8 to 6 on weekdays and 9 to 1 on Saturdays."],
    ["parking", "There is free parking behind the building; the entrance is on Elm Street."],
    ["thanks", "Thank you, {{contact.firstName}}! Anything else, just reply here. {{agent.firstName}}"],
  ]) {
    await page.request.post("/api/canned-replies", { data: { scope: "organization", shortcut, body: text } });
  }
  const { conversationId } = await threadOf(org, "Nia", { assigneeIds: [org.manager.id] });
  const ready = live(page);
  await page.goto(`/inbox?c=${conversationId}`);
  await ready;
  await page.getByRole("textbox", { name: /^Reply/ }).click();
  await page.keyboard.type("/");
  await expect(page.getByRole("listbox", { name: "Canned replies" })).toBeVisible();
  await page.keyboard.press("ArrowDown");
  await page.screenshot({ path: "docs/screenshots/canned-picker.png" });
  await page.keyboard.press("Escape");

  // A reply with files: one sent, two in the composer (one refused by the channel).
  const reply = page.getByRole("textbox", { name: /^Reply/ });
  const attach = async (files: { name: string; mimeType: string; buffer: Buffer }[]) => {
    const chooser = page.waitForEvent("filechooser");
    await page.getByRole("button", { name: "Attach files" }).click();
    await (await chooser).setFiles(files);
  };
  // Any real picture will do: a corner of this very page.
  const picture = await page.screenshot({ clip: { x: 0, y: 0, width: 360, height: 200 } });
  await attach([{ name: "parking-map.png", mimeType: "image/png", buffer: picture }]);
  await expect(page.getByRole("list", { name: "Files to send" })).toContainText("KB");
  await reply.fill("Here is the map of the car park.");
  await reply.press("Enter");
  await expect(thread(page).getByRole("img", { name: "parking-map.png" })).toBeVisible();
  await attach([
    { name: "price-list.pdf", mimeType: "application/pdf", buffer: PDF },
    { name: "sticker.webp", mimeType: "image/webp", buffer: WEBP },
  ]);
  await expect(page.getByRole("alert").filter({ hasText: "SMS takes only" })).toBeVisible();
  await reply.fill("And our prices");
  await page.screenshot({ path: "docs/screenshots/reply-files.png" });
});
