import { cspViolations, expect, test } from "./support/fixtures";

// The API reference at /docs/api: Scalar's reader over our own /api/openapi.json, from our origin,
// under the pages' CSP (nothing it loads is refused, nothing comes from elsewhere), for anyone.

test("the API reference reads the document from our origin, under our CSP", async ({ page }) => {
  const violations = cspViolations(page);
  const elsewhere: string[] = [];
  page.on("request", (request) => {
    if (!request.url().startsWith("http://127.0.0.1") && !request.url().startsWith("http://localhost")) {
      if (!request.url().startsWith("data:") && !request.url().startsWith("blob:")) elsewhere.push(request.url());
    }
  });
  await page.route(/^https?:\/\/(?!127\.0\.0\.1|localhost)/, (route) => route.abort());
  await page.goto("/docs/api");
  await expect(page).toHaveTitle(/Inbox API|API reference/);
  await expect(page.getByRole("heading", { name: "Inbox API", level: 1 })).toBeVisible();
  await page
    .getByRole("link", { name: "Toggle resolve conversation" })
    .or(page.getByText("Toggle resolve conversation"))
    .first()
    .click();
  await expect(page.getByText("/api/conversation/{id}/resolve").first()).toBeVisible();
  expect(violations).toEqual([]);
  expect(elsewhere).toEqual([]);
});

test("API reference @screenshots", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/docs/api");
  await expect(page.getByRole("heading", { name: "Inbox API", level: 1 })).toBeVisible();
  await page.getByText("Get conversation", { exact: true }).first().click();
  await expect(page.getByText("/api/conversation/{id}").first()).toBeVisible();
  await page.screenshot({ path: "docs/screenshots/api-reference.png" });
});
