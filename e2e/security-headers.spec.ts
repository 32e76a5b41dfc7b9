import { expect, test } from "./support/fixtures";

// Browser security headers, checked where they matter: in Chromium.

test("pages carry the security headers", async ({ request }) => {
  const response = await request.get("/login");
  const headers = response.headers();
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("same-origin");
});

test("another site cannot frame the app", async ({ page, baseURL }) => {
  const refused = page.waitForEvent("console", (message) => message.text().includes("frame-ancestors"));
  await page.setContent(`<iframe title="framed" src="${baseURL}/login"></iframe>`);
  await refused;
  await expect(page.frameLocator("iframe").getByRole("heading", { name: "Sign in to Inbox" })).toHaveCount(0);
});
