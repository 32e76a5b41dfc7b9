import { expect, test } from "@playwright/test";
import { seedDemo } from "@/prisma/seed";
import { prisma } from "./support/seed";

// README's screenshots, on the demo organization: `npm run screenshots` (not part of npm test).
const dir = "docs/screenshots";
// One worker seeds the demo once and takes every picture.
test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  await seedDemo(prisma);
});

async function signInAsManager(page: import("@playwright/test").Page) {
  await page.goto("/login");
  await page.getByLabel("Email", { exact: true }).fill("manager@example.com");
  await page.getByLabel("Password", { exact: true }).fill("demo1234");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/inbox/);
}

test("desktop @screenshots", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await signInAsManager(page);
  await page.goto("/inbox?view=all");
  await expect(page.getByRole("list", { name: "Conversations" }).getByRole("listitem").first()).toBeVisible();
  await page.screenshot({ path: `${dir}/inbox.png` });

  await page
    .getByRole("list", { name: "Conversations" })
    .getByRole("button", { name: /Emma Brown/ })
    .first()
    .click();
  await expect(page.getByRole("article", { name: /System: Pricing inquiry/ })).toBeVisible();
  await expect(page.getByRole("tablist", { name: "Channels" })).toBeVisible();
  await page.screenshot({ path: `${dir}/thread.png` });

  await page.keyboard.press("a");
  await expect(page.getByRole("dialog", { name: "Assign conversation" })).toBeVisible();
  await page.screenshot({ path: `${dir}/assignee-picker.png` });
});

test("phone @screenshots", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signInAsManager(page);
  await page.goto("/inbox?view=all");
  await expect(page.getByRole("list", { name: "Conversations" }).getByRole("listitem").first()).toBeVisible();
  await page.screenshot({ path: `${dir}/phone-list.png` });
  await page
    .getByRole("list", { name: "Conversations" })
    .getByRole("button", { name: /Olivia Martin/ })
    .first()
    .click();
  await expect(page.getByRole("article", { name: /System: Lead follow-up/ })).toBeVisible();
  await page.screenshot({ path: `${dir}/phone-thread.png` });
});
