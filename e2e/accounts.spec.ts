import { randomBytes } from "node:crypto";
import { type Browser, test as base, type Page } from "@playwright/test";
import { type AppServer, startAppServer } from "./support/app-server";
import { cspViolations, expect } from "./support/fixtures";
import { type Mailbox, startMailbox } from "./support/mailbox";
import { seedTeam, signInWithForm, TEAM_PASSWORD } from "./support/team";

// Accounts as people use them, each on an app server of its own: first run on an empty database,
// and the email flows through a real SMTP server this file starts (invitation, reset), with role
// changes, deactivation and sessions that end.

const PASSWORD = TEAM_PASSWORD;

type Worker = { mailApp: { app: AppServer; mailbox: Mailbox } };
type Fixtures = { open: (baseURL: string) => Promise<Page> };

const test = base.extend<Fixtures, Worker>({
  // One server with SMTP for this file's email tests; each test makes its own organization in it.
  mailApp: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies by destructuring
    async ({}, use) => {
      const mailbox = await startMailbox();
      const app = await startAppServer({ env: { SMTP_URL: mailbox.url, MAIL_FROM: "Inbox <inbox@e2e.test>" } });
      await use({ app, mailbox });
      await app.stop();
      await mailbox.stop();
    },
    { scope: "worker", timeout: 90_000 },
  ],
  // A page in a browser context of its own (another person, or the same person elsewhere), checked
  // for Content-Security-Policy refusals like every page, and closed after the test.
  open: async ({ browser }, use) => {
    const opened: { close: () => Promise<void>; violations: string[] }[] = [];
    await use(async (baseURL) => openPage(browser, baseURL, opened));
    await Promise.all(opened.map(({ close }) => close()));
    for (const { violations } of opened) expect(violations, "Content-Security-Policy violations").toEqual([]);
  },
});

// Each test is a whole flow (several people, emails, their own server): more than the default 30 s
// on a busy machine, where one run's teardown alone ran past it.
test.describe.configure({ timeout: 60_000 });

async function openPage(
  browser: Browser,
  baseURL: string,
  opened: { close: () => Promise<void>; violations: string[] }[],
) {
  const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  opened.push({ close: () => context.close(), violations: cspViolations(page) });
  return page;
}

/** Whether a sign-in with these credentials would succeed, asked of next-auth over HTTP. */
async function canSignIn(page: Page, email: string, password: string) {
  const { csrfToken } = await (await page.request.get("/api/auth/csrf")).json();
  const response = await page.request.post("/api/auth/callback/credentials", {
    form: { email, password, csrfToken, json: "true" },
    headers: { "x-forwarded-for": `10.9.${randomBytes(1)[0]}.${randomBytes(1)[0]}` },
  });
  return response.ok();
}

test("first run: an empty database shows only setup, which makes the admin and is then gone; limits see the socket", async ({
  open,
}) => {
  const app = await startAppServer();
  try {
    const page = await open(app.baseURL);
    await page.goto("/inbox");
    await expect(page).toHaveURL(/\/setup$/);
    await expect(page.getByRole("heading", { name: "Set up Inbox" })).toBeVisible();

    await page.getByLabel("Organization name").fill("Northwind Clinic");
    await page.getByLabel("Your name").fill("Grace Admin");
    await page.getByLabel("Email").fill("Grace@Example.com");
    await page.getByLabel("Password").fill("short");
    await page.getByRole("button", { name: "Create organization" }).click();
    // The browser's own check stops a short password before it is sent.
    await expect(page).toHaveURL(/\/setup$/);
    await page.getByLabel("Password").fill("a long enough password");
    await page.getByRole("button", { name: "Create organization" }).click();
    await expect(page).toHaveURL(/\/inbox/);
    await expect(page.getByRole("banner").getByText("Grace Admin")).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "People" })).toBeVisible();

    const again = await page.request.post("/api/setup", {
      data: { organizationName: "Second", fullName: "Mallory", email: "mallory@example.com", password: "password123" },
    });
    expect(again.status()).toBe(409);
    const stranger = await open(app.baseURL);
    await stranger.goto("/setup");
    await expect(stranger).toHaveURL(/\/login$/);
    expect(await canSignIn(stranger, "grace@example.com", "a long enough password")).toBe(true);

    // A server with no proxy in front takes the client's address from the socket, whatever
    // X-Forwarded-For says (security review 2026-12, M3): wrong passwords for one email stop at 5
    // per client, however many addresses the client claims.
    const answers = [];
    for (let i = 0; i < 6; i++) {
      const { csrfToken } = await (await stranger.request.get("/api/auth/csrf")).json();
      const answer = await stranger.request.post("/api/auth/callback/credentials", {
        form: { email: "grace@example.com", password: `wrong ${i}`, csrfToken, json: "true" },
        headers: { "x-forwarded-for": `198.51.100.${i}` },
      });
      answers.push(answer.status());
    }
    expect(answers).toEqual([401, 401, 401, 401, 401, 429]);
  } finally {
    await app.stop();
  }
});

test.describe("with email", () => {
  test("an admin invites an agent by email; the agent joins from the link and signs in", async ({ mailApp, open }) => {
    const { app, mailbox } = mailApp;
    const team = await seedTeam(app);
    const admin = await open(app.baseURL);
    await signInWithForm(admin, team.admin.email);
    await admin.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "People" }).click();
    await expect(admin.getByRole("heading", { name: "People" })).toBeVisible();
    const email = `newcomer-${team.tag}@e2e.test`;
    await admin.getByLabel("Email", { exact: true }).fill(email);
    await admin.getByLabel("Role", { exact: true }).selectOption("AGENT");
    await admin.getByRole("button", { name: "Invite", exact: true }).click();
    await expect(admin.getByText(`Invitation sent to ${email}`)).toBeVisible();
    await expect(admin.getByRole("list", { name: "Invitations" })).toContainText(email);

    const invitation = await mailbox.next(email, /^Join Acme/);
    expect(invitation.text).toContain(`Ada ${team.tag} invited you`);
    expect(invitation.link?.startsWith(`${app.baseURL}/invite/`)).toBe(true);

    const newcomer = await open(app.baseURL);
    await newcomer.goto(invitation.link!);
    await expect(newcomer.getByRole("heading", { name: `Join Acme ${team.tag}` })).toBeVisible();
    await newcomer.getByLabel("Your name").fill("Nia Newcomer");
    await newcomer.getByLabel("Password").fill("newcomer password");
    await newcomer.getByRole("button", { name: "Join" }).click();
    await expect(newcomer).toHaveURL(/\/inbox/);
    await expect(newcomer.getByRole("banner").getByText("Nia Newcomer")).toBeVisible();

    // The link worked once.
    await newcomer.goto(invitation.link!);
    await expect(newcomer.getByText("This invitation has already been used.")).toBeVisible();
    await admin.reload();
    await expect(admin.getByRole("list", { name: "Members" })).toContainText("Nia Newcomer");
    await expect(admin.getByRole("list", { name: "Invitations" })).not.toContainText(email);
  });

  test("a role change takes effect at once, and deactivation ends the agent's open session", async ({
    mailApp,
    open,
  }) => {
    const { app } = mailApp;
    const team = await seedTeam(app);
    const agent = await open(app.baseURL);
    await signInWithForm(agent, team.agent.email);
    const nav = agent.getByRole("navigation", { name: "Main" });
    await expect(nav.getByRole("link", { name: "Inbox" })).toBeVisible();
    await expect(nav.getByRole("link", { name: "People" })).toHaveCount(0);

    const admin = await open(app.baseURL);
    await signInWithForm(admin, team.admin.email);
    await admin.goto("/settings/people");
    await admin.getByLabel(`Role of ${team.agent.fullName}`).selectOption("MANAGER");
    await expect(admin.getByText(`${team.agent.fullName} is now manager`)).toBeVisible();
    await agent.reload();
    await expect(nav.getByRole("link", { name: "People" })).toBeVisible();

    const deactivate = admin.getByRole("button", { name: `Deactivate ${team.agent.fullName}` });
    await deactivate.click();
    await expect(admin.getByText("Signs them out and revokes their API tokens.")).toBeVisible();
    await deactivate.click();
    await expect(admin.getByText(`${team.agent.fullName} is deactivated`)).toBeVisible();
    // The agent's very next request is refused; a page opened on that session goes to sign-in, where
    // the password fails. (A new page: the open one may be on its way there by itself, any request of
    // its refused, and a reload of it would race that navigation.)
    expect((await agent.request.get("/api/users")).status()).toBe(401);
    const again = await agent.context().newPage();
    await again.goto("/inbox");
    await expect(again).toHaveURL(/\/login/);
    expect(await canSignIn(again, team.agent.email, PASSWORD)).toBe(false);
  });

  test("a forgotten password is reset from the emailed link, once", async ({ mailApp, open }) => {
    const { app, mailbox } = mailApp;
    const team = await seedTeam(app);
    const elsewhere = await open(app.baseURL);
    await signInWithForm(elsewhere, team.agent.email);

    const page = await open(app.baseURL);
    await page.goto("/login");
    await page.getByRole("link", { name: "Forgot your password?" }).click();
    // The sign-in page has an Email field too: fill the new page's, not the one on its way out.
    await expect(page.getByRole("heading", { name: "Forgot your password?" })).toBeVisible();
    await page.getByLabel("Email").fill(team.agent.email);
    await page.getByRole("button", { name: "Send reset link" }).click();
    await expect(page.getByRole("status")).toContainText("If that email has an account");

    const email = await mailbox.next(team.agent.email, /^Reset your Inbox password/);
    await page.goto(email.link!);
    await page.getByLabel("New password").fill("a brand new password");
    await page.getByRole("button", { name: "Set password and sign in" }).click();
    await expect(page).toHaveURL(/\/inbox/);

    expect((await elsewhere.request.get("/api/users")).status()).toBe(401);
    expect(await canSignIn(elsewhere, team.agent.email, PASSWORD)).toBe(false);
    await page.goto(email.link!);
    await expect(page.getByText("This reset link has already been used.")).toBeVisible();
  });

  test("sign out everywhere ends every session; a password change ends the others", async ({ mailApp, open }) => {
    const { app } = mailApp;
    const team = await seedTeam(app);
    const [here, there] = [await open(app.baseURL), await open(app.baseURL)];
    await signInWithForm(here, team.agent.email);
    await signInWithForm(there, team.agent.email);

    await here.getByRole("link", { name: "Account" }).click();
    await here.getByLabel("Current password").fill(PASSWORD);
    await here.getByLabel("New password").fill("second password");
    await here.getByRole("button", { name: "Change password" }).click();
    await expect(here.getByText("Password changed")).toBeVisible();
    expect((await there.request.get("/api/users")).status()).toBe(401);
    expect((await here.request.get("/api/users")).status()).toBe(200);

    await signInWithForm(there, team.agent.email, "second password");
    await here.getByRole("button", { name: "Sign out everywhere" }).click();
    await expect(here).toHaveURL(/\/login/);
    expect((await there.request.get("/api/users")).status()).toBe(401);
  });
});
