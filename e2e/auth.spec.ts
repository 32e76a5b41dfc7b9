import { expect, test } from "./support/fixtures";
import { PASSWORD } from "./support/seed";

test("signs in with email and password, and signs out", async ({ page, org }) => {
  await page.goto("/inbox");
  await expect(page).toHaveURL(/\/login/);
  await page.getByLabel("Email", { exact: true }).fill(org.agent.email);
  await page.getByLabel("Password", { exact: true }).fill("wrong password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: /./ })).toHaveText(
    "That email and password do not match an account.",
  );

  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/inbox/);
  await expect(page.getByRole("banner")).toContainText(org.agent.fullName);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/inbox");
  await expect(page).toHaveURL(/\/login/);
});

test("answers API calls without a session with 401 JSON, never a redirect", async ({ request }) => {
  const response = await request.get("/api/inbox", { maxRedirects: 0 });
  expect(response.status()).toBe(401);
  expect(await response.json()).toEqual({ message: "Unauthorized" });
  const unknown = await request.get("/api/nothing-here");
  expect(unknown.status()).toBe(404);
  expect(await unknown.json()).toEqual({ message: "No such API endpoint" });
});

test("refuses a cross-site write made with the session cookie", async ({ page, org }) => {
  const { signIn } = await import("./support/fixtures");
  await signIn(page, org.manager.email);
  const response = await page.request.post("/api/conversation/unseen", {
    data: { conversationId: "0123456789abcdef01234567" },
    headers: { Origin: "https://evil.example", "Sec-Fetch-Site": "cross-site" },
  });
  expect(response.status()).toBe(403);
  expect(await response.json()).toEqual({ message: "Cross-site request refused" });
});
