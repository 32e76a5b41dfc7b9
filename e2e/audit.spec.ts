import { expect, signIn, test } from "./support/fixtures";
import { apiTokenOf } from "./support/seed";

// Settings → Audit log: a role change made through the API shows, with who made it; the filters
// narrow it, and the CSV downloads what they select.

test("the audit log shows who changed a role, filtered by what and who, and downloads it", async ({
  page,
  org,
  request,
}) => {
  const token = await apiTokenOf(org.admin.id);
  const changed = await request.patch(`/api/people/${org.agent.id}`, {
    headers: { Authorization: `Bearer ${token}` },
    data: { role: "MANAGER" },
  });
  expect(changed.status()).toBe(200);

  await signIn(page, org.admin.email);
  await page.goto("/settings/organization");
  await page.getByRole("link", { name: "audit log" }).click();
  await expect(page.getByRole("heading", { name: "Audit log" })).toBeVisible();
  const log = page.getByRole("table", { name: "The audit log, newest first" });
  await expect(log.getByText(`You changed Alex ${org.tag}'s role from agent to manager`)).toBeVisible();
  await expect(log.getByText(`You signed in`)).toBeVisible();

  await page.getByLabel("What").selectOption({ label: "Sign-ins" });
  await expect(log.getByText("You signed in")).toBeVisible();
  await expect(log.getByText(/changed .* role/)).toHaveCount(0);
  await page.getByLabel("What").selectOption({ label: "Everything" });
  await page.getByLabel("Who").selectOption({ label: `Alex ${org.tag}` });
  await expect(log.getByText(`Alex ${org.tag} joined as agent`)).toBeVisible();
  await expect(log.getByText("You signed in")).toHaveCount(0);

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download CSV" }).click();
  expect((await download).suggestedFilename()).toBe("audit-log.csv");
});

test("audit log @screenshots", async ({ page, org, request }) => {
  const token = await apiTokenOf(org.admin.id);
  const headers = { Authorization: `Bearer ${token}` };
  await request.patch(`/api/people/${org.agent.id}`, { headers, data: { role: "MANAGER" } });
  await request.post("/api/invitations", { headers, data: { email: `kim-${org.tag}@example.test`, role: "AGENT" } });
  await request.post("/api/tokens", { headers, data: { name: "CRM sync" } });
  await signIn(page, org.admin.email);
  await page.goto("/settings/audit");
  await expect(page.getByRole("table", { name: "The audit log, newest first" })).toBeVisible();
  await page.screenshot({ path: "docs/screenshots/audit-log.png" });
});
