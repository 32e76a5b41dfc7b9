import type { APIRequestContext, Page } from "@playwright/test";
import { startCuttableProxy } from "./support/cuttable-proxy";
import { colleague, expect, live, type Org, row, signIn, test, thread } from "./support/fixtures";
import { prisma, threadOf } from "./support/seed";

// Pushed updates (GET /api/events): what one person or the outside world does shows at once on
// everyone else's screen, in front or not, and a dropped connection catches up.

/** A contact's message through the inbound webhook (the API's own; providers' are tested elsewhere). */
async function inbound(request: APIRequestContext, org: { inboundSecret: string }, from: string, body: string) {
  const delivered = await request.post("/api/webhooks/inbound", {
    headers: { Authorization: `Bearer ${org.inboundSecret}` },
    data: { channelType: "sms", from, body },
  });
  expect(delivered.status()).toBe(201);
}

/** Opens `url` and waits until its live stream is open. */
async function openLive(page: Page, url: string) {
  const ready = live(page);
  await page.goto(url);
  await ready;
}

/** The manager's thread with `name` (a seeded contact), open and live in `page`, reached through
 *  `origin` (a proxy the test cuts) or the app itself. */
async function managerOnThread(page: Page, org: Org, name: string, origin = "") {
  const seeded = await threadOf(org, name, { assigneeIds: [org.manager.id] });
  await signIn(page, org.manager.email);
  await openLive(page, `${origin}/inbox?c=${seeded.conversationId}`);
  await expect(thread(page).getByText(`Hello from ${name} ${org.tag}`)).toBeVisible();
  return seeded;
}

test("a message sent to the inbound webhook reaches both agents' lists and open threads, pushed", async ({
  page,
  browser,
  org,
  request,
}) => {
  const { conversationId, channelIdentifier } = await threadOf(org, "Hal", {
    assigneeIds: [org.manager.id, org.agent.id],
  });
  await signIn(page, org.manager.email);
  await openLive(page, `/inbox?c=${conversationId}`);
  const agent = await colleague(browser, org.agent.email, "/inbox", { live: true });
  try {
    await expect(row(agent.page, new RegExp(`Hal ${org.tag}`))).toBeVisible();
    await expect(thread(page).getByText(`Hello from Hal ${org.tag}`)).toBeVisible();
    await expect(page.getByText("Reconnecting…")).toHaveCount(0);

    // What the agent's page reads of the list for the event: the changed row (GET /api/inbox?ids=…),
    // which only an event asks for (a poll, and the catch-up when a stream opens, read lists whole).
    const rowReads: string[] = [];
    agent.page.on("request", (sent) => {
      const url = new URL(sent.url());
      if (url.pathname === "/api/inbox" && url.searchParams.has("ids"))
        rowReads.push(url.searchParams.get("ids") ?? "");
    });
    await inbound(request, org, channelIdentifier, "Are you still there?");
    // (How fast is the bench's to say: npm run bench -- --only live.)
    await expect(thread(page).getByText("Are you still there?")).toBeVisible();
    await expect(row(agent.page, new RegExp(`Hal ${org.tag}.*Are you still there\\?`))).toBeVisible();
    expect(new Set(rowReads)).toEqual(new Set([conversationId]));

    const newcomer = await request.post("/api/webhooks/inbound", {
      headers: { Authorization: `Bearer ${org.inboundSecret}` },
      data: { channelType: "sms", from: "+15550001234", body: "First time writing", contactName: `Ivy ${org.tag}` },
    });
    expect(newcomer.status()).toBe(201);
    await page.getByRole("tab", { name: /Unassigned/ }).click();
    await expect(row(page, new RegExp(`Ivy ${org.tag}, SMS, unseen`))).toBeVisible();
  } finally {
    await agent.context.close();
  }
});

test("a tab in the background counts unseen threads of Mine in its title and icon", async ({ page, org, request }) => {
  const { channelIdentifier } = await threadOf(org, "Gus", { assigneeIds: [org.agent.id] });
  await signIn(page, org.agent.email);
  await openLive(page, "/settings/account");
  await expect(page).toHaveTitle(/^\(1\) /);

  // Another tab in front. (Headless Chromium reports every tab visible, so this cannot check the
  // hidden state itself; nothing in the count depends on it: events and the title do not wait.)
  const other = await page.context().newPage();
  await other.goto("/settings/account");
  await other.bringToFront();
  await inbound(request, org, channelIdentifier, "Hello again");
  const second = await threadOf(org, "Hana", { assigneeIds: [org.agent.id] });
  await inbound(request, org, second.channelIdentifier, "Me too");
  await expect(page).toHaveTitle(/^\(2\) /);
  const icon = await page.locator("link[rel~='icon']").first().getAttribute("href");
  expect(decodeURIComponent(icon ?? "")).toContain(">2</text>");
  await other.close();
});

test("a desktop notification names the contact and shows their first words", async ({ page, org, request }) => {
  const { channelIdentifier } = await threadOf(org, "Noa", { assigneeIds: [org.agent.id] });
  // The browser's Notification, recorded (granted), and the tab behind another one: headless
  // Chromium shows every tab as visible, so the page is told it is hidden.
  await page.addInitScript(() => {
    const shown: { title: string; body?: string }[] = [];
    (window as unknown as { shown: typeof shown }).shown = shown;
    class Recorded {
      static permission = "granted";
      onclick: (() => void) | null = null;
      constructor(title: string, options?: { body?: string }) {
        shown.push({ title, body: options?.body });
      }
    }
    Object.defineProperty(window, "Notification", { value: Recorded });
    Object.defineProperty(document, "visibilityState", { get: () => "hidden" });
    localStorage.setItem("inbox.alerts", JSON.stringify({ sound: false, desktop: true }));
  });
  await signIn(page, org.agent.email);
  await openLive(page, "/settings/account");
  await inbound(request, org, channelIdentifier, "Can I bring my dog to the appointment tomorrow?");
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { shown: unknown[] }).shown))
    .toEqual([{ title: `Noa ${org.tag}`, body: "SMS: Can I bring my dog to the appointment tomorrow?" }]);
});

test("two people on one thread see each other there, and see the other typing", async ({ page, browser, org }) => {
  const { conversationId } = await threadOf(org, "Pia", { assigneeIds: [org.agent.id] });
  await signIn(page, org.manager.email);
  await page.goto(`/inbox?c=${conversationId}`);
  const agent = await colleague(browser, org.agent.email, `/inbox?c=${conversationId}`);
  try {
    await expect(agent.page.getByTestId("thread-presence")).toHaveText(`${org.manager.fullName} is also here`);
    await expect(page.getByTestId("thread-presence")).toHaveText(`${org.agent.fullName} is also here`);

    await page.getByLabel("Reply by SMS").fill("Let me take this one");
    await expect(agent.page.getByTestId("thread-presence")).toHaveText(`${org.manager.fullName} is typing…`);

    // Leaving the thread says so at once.
    await page
      .getByRole("button", { name: "Back to conversations" })
      .or(page.getByRole("link", { name: "Team" }))
      .first()
      .click();
    await expect(agent.page.getByTestId("thread-presence")).toHaveText("");
  } finally {
    await agent.context.close();
  }
});

test("a colleague who reloads or closes the tab while typing is not left typing (it lapses only after 30 s)", async ({
  page,
  browser,
  org,
}) => {
  const { conversationId } = await threadOf(org, "Ned", { assigneeIds: [org.agent.id] });
  await signIn(page, org.manager.email);
  await page.goto(`/inbox?c=${conversationId}`);
  const presence = page.getByTestId("thread-presence");
  const typist = await colleague(browser, org.agent.email, `/inbox?c=${conversationId}`, { live: true });
  try {
    await expect(presence).toHaveText(`${org.agent.fullName} is also here`);
    await typist.page.getByLabel("Reply by SMS").fill("Let me");
    await expect(presence).toHaveText(`${org.agent.fullName} is typing…`);
    // A reload: the old page says it left as it goes (the new one joins again, not typing).
    await typist.page.reload();
    await expect(presence).toHaveText(`${org.agent.fullName} is also here`);

    await typist.page.getByLabel("Reply by SMS").fill("Let me check");
    await expect(presence).toHaveText(`${org.agent.fullName} is typing…`);
    await typist.page.close({ runBeforeUnload: true });
    await expect(presence).toHaveText("");
  } finally {
    await typist.context.close();
  }
});

test("a dropped connection shows Reconnecting… and, once back, catches up with what it missed", async ({
  page,
  org,
  request,
  baseURL,
}) => {
  const proxy = await startCuttableProxy(new URL(baseURL ?? ""));
  try {
    const { channelIdentifier } = await managerOnThread(page, org, "Rex", proxy.url);

    proxy.cut();
    await expect(page.getByRole("status").filter({ hasText: "Reconnecting…" })).toBeVisible();
    await inbound(request, org, channelIdentifier, "Sent while you were away");

    const back = live(page);
    proxy.restore();
    const reconnected = await back;
    // The browser named the last event it had; the server sent what came after it.
    expect((await reconnected.request().allHeaders())["last-event-id"]).toBeTruthy();
    await expect(thread(page).getByText("Sent while you were away")).toBeVisible();
    await expect(page.getByText("Reconnecting…")).toHaveCount(0);
  } finally {
    await proxy.stop();
  }
});

test("a connection gone silent (no error, no heartbeat) is opened again and catches up", async ({
  page,
  org,
  request,
  baseURL,
}) => {
  const proxy = await startCuttableProxy(new URL(baseURL ?? ""));
  try {
    const { channelIdentifier } = await managerOnThread(page, org, "Sly", proxy.url);

    proxy.silence();
    await inbound(request, org, channelIdentifier, "Said into the silence");
    // Two heartbeats unheard (3 s apart): it opens the stream again, from the last event it had
    // (saying "Reconnecting…" until it is back; here that is a moment).
    const reopened = await page.waitForResponse(
      (r) => r.url().includes("/api/events?lastEventId=") && r.status() === 200,
      { timeout: 20_000 },
    );
    expect(new URL(reopened.url()).searchParams.get("lastEventId")).toBeTruthy();
    await expect(thread(page).getByText("Said into the silence")).toBeVisible();
    await expect(page.getByText("Reconnecting…")).toHaveCount(0);
  } finally {
    await proxy.stop();
  }
});

test("a browser gone offline says so at once, and catches up once back online", async ({ page, org, request }) => {
  const { channelIdentifier } = await managerOnThread(page, org, "Oz");

  await page.context().setOffline(true);
  await expect(page.getByRole("status").filter({ hasText: "Reconnecting…" })).toBeVisible();
  await inbound(request, org, channelIdentifier, "Sent while offline");
  const back = live(page);
  await page.context().setOffline(false);
  await back;
  await expect(thread(page).getByText("Sent while offline")).toBeVisible();
  await expect(page.getByText("Reconnecting…")).toHaveCount(0);
});

test("a picker that missed a colleague's change gets a conflict naming them, not a silent overwrite", async ({
  page,
  browser,
  org,
}) => {
  const { conversationId } = await threadOf(org, "Cy", { assigneeIds: [org.agent.id] });
  // The manager's page hears nothing of the colleague's change: no live events, and (once the thread
  // has loaded) no fresh copy of the conversation either. Its picker still shows the old state.
  await page.route("**/api/events**", (route) => route.abort());
  await signIn(page, org.manager.email);
  await page.goto(`/inbox?c=${conversationId}`);
  const picker = page.getByRole("button", { name: /^Assignees: / });
  await expect(picker).toHaveAccessibleName(new RegExp(`Assignees: ${org.agent.fullName}\\.`));
  await page.route(`**/api/conversation/${conversationId}`, (route) =>
    route.request().method() === "GET" ? route.abort() : route.fallback(),
  );

  const agent = await colleague(browser, org.agent.email, `/inbox?c=${conversationId}`);
  try {
    await agent.page.getByRole("button", { name: /^Assignees: / }).click();
    // (The box is ticked by the optimistic change a moment after the click: click, then wait for it.)
    const olive = agent.page.getByRole("checkbox", { name: new RegExp(org.otherAgent.fullName) });
    await olive.click();
    await expect(olive).toBeChecked();
    await expect
      .poll(async () =>
        (await prisma.conversationAssignee.findMany({ where: { conversationId } })).map((a) => a.userId).sort(),
      )
      .toEqual([org.agent.id, org.otherAgent.id].sort());
  } finally {
    await agent.context.close();
  }

  await picker.click();
  // (Refused, so the box unticks again: click, not check.)
  await page.getByRole("checkbox", { name: new RegExp(org.manager.fullName) }).click();
  const conflict = page.getByText("Someone else changed the assignees first");
  await expect(conflict).toBeVisible();
  await expect(
    page.getByText(new RegExp(`changed by ${org.agent.fullName}.*assigned to .*${org.otherAgent.fullName}`)),
  ).toBeVisible();
  const assigned = async () =>
    (await prisma.conversationAssignee.findMany({ where: { conversationId } })).map((a) => a.userId).sort();
  expect(await assigned()).toEqual([org.agent.id, org.otherAgent.id].sort());

  // Re-applied on top of the colleague's change: both stay.
  await page.unroute(`**/api/conversation/${conversationId}`);
  await page.getByRole("button", { name: "Assign anyway" }).click();
  await expect.poll(assigned).toEqual([org.agent.id, org.otherAgent.id, org.manager.id].sort());
});
