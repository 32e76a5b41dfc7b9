import { expect, list, row, signIn, test } from "./support/fixtures";
import { prisma, seedThread, threadOf } from "./support/seed";

test("a manager selects a range with shift-click and assigns it in one go", async ({ page, org }) => {
  const ids: string[] = [];
  for (const [i, name] of ["Ann", "Ben", "Cal", "Dee"].entries()) {
    ids.push(
      (await seedThread({ organizationId: org.organization.id, contactName: `${name} ${org.tag}`, minutesAgo: i + 1 }))
        .conversationId,
    );
  }
  await signIn(page, org.manager.email);
  await page.goto("/inbox?view=unassigned");
  await expect(list(page).getByRole("listitem")).toHaveCount(4);
  await page.getByRole("checkbox", { name: `Select conversation with Ann ${org.tag}` }).click();
  await page.getByRole("checkbox", { name: `Select conversation with Cal ${org.tag}` }).click({ modifiers: ["Shift"] });
  const toolbar = page.getByRole("toolbar", { name: "Bulk actions" });
  await expect(toolbar).toContainText("3 selected");
  await toolbar.getByRole("button", { name: "Assign to…" }).click();
  await page
    .getByRole("list", { name: "Assign selected to" })
    .getByRole("button", { name: `Alex ${org.tag}` })
    .click();

  await expect(list(page).getByRole("listitem")).toHaveCount(1);
  await expect(row(page, new RegExp(`Dee ${org.tag}`))).toBeVisible();
  await expect.poll(() => prisma.conversationAssignee.count({ where: { userId: org.agent.id } })).toBe(3);
});

test("the team view shows each person's open assigned count and opens their queue", async ({ page, org }) => {
  for (const name of ["Eve", "Fay"]) {
    await seedThread({
      organizationId: org.organization.id,
      contactName: `${name} ${org.tag}`,
      assigneeIds: [org.otherAgent.id],
    });
  }
  await threadOf(org, "Gus", { assigneeIds: [org.otherAgent.id], resolved: true });
  await signIn(page, org.manager.email);
  await page.goto("/team");
  const olive = page.getByRole("row", { name: new RegExp(`Olive ${org.tag}`) });
  await expect(olive.getByRole("cell").nth(2)).toHaveText("2");
  await olive.getByRole("link", { name: /Open queue/ }).click();
  await expect(page.getByText(`Assigned to Olive ${org.tag}`, { exact: true })).toBeVisible();
  await expect(list(page).getByRole("listitem")).toHaveCount(2);
});
