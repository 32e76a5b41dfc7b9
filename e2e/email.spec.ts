import { once } from "node:events";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { type Dovecot, startDovecot } from "../tests/support/dovecot";
import { PDF } from "../tests/support/files";
import { type SmtpReceiver, startSmtpReceiver } from "../tests/support/smtp-receiver";
import { expect, live, row, signIn, test, thread } from "./support/fixtures";

// A mailbox connected from the Channels page, against a real IMAP server (Dovecot) and a real SMTP
// server started here: a mail delivered into the mailbox appears in the open inbox, the agent's
// reply with a file reaches the SMTP server threaded, and is kept in the mailbox's Sent folder.

const MAILBOX = { user: "help@e2e-shop.test", password: "e2e-mailbox-password" };
// The second test's mailbox: each test reads its own.
const SALES = { user: "sales@e2e-shop.test", password: "e2e-sales-password" };
let dovecot: Dovecot;
let smtp: SmtpReceiver;
test.beforeAll(async () => {
  dovecot = await startDovecot([MAILBOX, SALES]);
  smtp = await startSmtpReceiver();
});
test.afterAll(async () => {
  dovecot?.stop();
  await smtp?.stop();
});

test("an admin connects a mailbox; mail in appears live, the reply with a file goes out threaded and lands in Sent", async ({
  page,
  org,
}) => {
  await signIn(page, org.admin.email);
  await page.goto("/settings/channels");
  const form = page.getByRole("form", { name: "Connect a mailbox (IMAP and SMTP)" });
  await form.getByLabel("Name", { exact: true }).fill("Help desk");
  await form.getByLabel("Email address").fill(MAILBOX.user);
  await form.getByLabel("IMAP host").fill(dovecot.host);
  await form.getByLabel("Port").first().fill(String(dovecot.port));
  await form.getByLabel("Security").first().selectOption("starttls");
  await form.getByLabel("SMTP host").fill(smtp.host);
  await form.getByLabel("Port").last().fill(String(smtp.port));
  await form.getByLabel("Security").last().selectOption("starttls");
  await form.getByLabel("Username").fill(MAILBOX.user);
  await form.getByLabel("Password").fill(MAILBOX.password);
  await form.getByRole("button", { name: "Connect mailbox" }).click();
  await expect(page.getByText("Mailbox connected: its mail is read from now on")).toBeVisible();
  await expect(page.getByRole("region", { name: "Help desk" })).toContainText(MAILBOX.user);

  await Promise.all([live(page), page.goto("/inbox?view=unassigned")]);
  const from = `rosa-${org.tag}@client.test`;
  const subject = `Table for four ${org.tag}`;
  await dovecot.deliver(
    MAILBOX,
    [
      `From: Rosa Diaz <${from}>`,
      `To: ${MAILBOX.user}`,
      `Subject: ${subject}`,
      `Message-ID: <first-${org.tag}@client.test>`,
      "Content-Type: text/plain; charset=utf-8",
      "",
      "Can we book a table for four on Friday?",
      "",
    ].join("\r\n"),
  );
  await row(page, /Rosa Diaz/).click();
  await expect(thread(page).getByText("Can we book a table for four on Friday?")).toBeVisible();
  await expect(page.getByText(subject, { exact: true })).toBeVisible();

  const reply = page.getByRole("textbox", { name: /^Reply/ });
  const chooser = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: "Attach files" }).click();
  await (await chooser).setFiles({ name: "menu.pdf", mimeType: "application/pdf", buffer: PDF });
  await expect(page.getByRole("list", { name: "Files to send" })).toContainText("1 KB");
  await reply.fill("Of course. Our menu is attached.");
  await reply.press("Control+Enter");
  await expect(thread(page).getByRole("article").filter({ hasText: "Our menu is attached." })).toContainText("Sent", {
    timeout: 15_000,
  });

  const sent = smtp.taken.find((mail) => mail.to.includes(from));
  expect(sent).toMatchObject({
    subject: expect.stringMatching(new RegExp(`^Re: ${subject} \\[#[0-9a-f]{8}\\]$`)),
    inReplyTo: `<first-${org.tag}@client.test>`,
    references: [`<first-${org.tag}@client.test>`],
    attachments: [{ filename: "menu.pdf", contentType: "application/pdf", size: PDF.byteLength }],
  });
  expect(await dovecot.sentIds(MAILBOX)).toContain(sent?.messageId);
});

test.describe("an HTML mail and a new email", () => {
  // The email's frame refuses the tracking pixel and the styles' images on purpose.
  test.use({ expectedCspViolation: /img-src/ });

  test("an HTML mail runs nothing and loads no other server's image until asked; a new email starts from the contact as a draft", async ({
    page,
    org,
  }) => {
    // A server standing for the sender's tracker, on loopback: every request it gets is counted.
    const hits: string[] = [];
    const tracker = createServer((request, response) => {
      hits.push(request.url ?? "");
      response.writeHead(200, { "content-type": "image/gif" }).end(Buffer.from("R0lGODlhAQABAAAAACw=", "base64"));
    }).listen(0, "127.0.0.1");
    await once(tracker, "listening");
    const trackerUrl = `http://127.0.0.1:${(tracker.address() as AddressInfo).port}`;
    const dialogs: string[] = [];
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    try {
      await signIn(page, org.admin.email);
      const connected = await page.request.post("/api/channels", {
        data: {
          provider: "imap",
          name: "Sales",
          address: SALES.user,
          imapHost: dovecot.host,
          imapPort: dovecot.port,
          imapTls: false,
          smtpHost: smtp.host,
          smtpPort: smtp.port,
          smtpTls: false,
          username: SALES.user,
          password: SALES.password,
        },
      });
      expect(connected.status()).toBe(201);

      const from = `noor-${org.tag}@client.test`;
      const html = [
        `<script>fetch("${trackerUrl}/script")</script><style>p{background:url(${trackerUrl}/sheet)}</style>`,
        `<p onmouseover="fetch('${trackerUrl}/handler')">Our <b>spring offer</b> is here.</p>`,
        `<a href="javascript:fetch('${trackerUrl}/link')">Claim it</a>`,
        `<div style="background-image:url(${trackerUrl}/style)">Styled</div>`,
        `<img src="${trackerUrl}/pixel.gif" alt="" onerror="alert('ran')">`,
      ].join("\n");
      await Promise.all([live(page), page.goto("/inbox?view=unassigned")]);
      await dovecot.deliver(
        SALES,
        [
          `From: Noor Haddad <${from}>`,
          `To: ${SALES.user}`,
          `Subject: Spring offer ${org.tag}`,
          `Message-ID: <offer-${org.tag}@client.test>`,
          'Content-Type: multipart/alternative; boundary="alt"',
          "",
          "--alt",
          "Content-Type: text/plain; charset=utf-8",
          "",
          "Our spring offer is here.",
          "",
          "On Mon, 1 Dec 2026, Sales <sales@e2e-shop.test> wrote:",
          "> Any offers this spring?",
          "--alt",
          "Content-Type: text/html; charset=utf-8",
          "",
          html,
          "--alt--",
          "",
        ].join("\r\n"),
      );
      await row(page, /Noor Haddad/).click();
      const mail = thread(page).getByRole("article", { name: /^Noor Haddad at/ });
      await expect(mail).toContainText("Our spring offer is here.");
      // The quoted history is folded under its button.
      await expect(mail.getByText("Any offers this spring?")).toBeHidden();
      await mail.getByRole("button", { name: "Show quoted text" }).click();
      await expect(mail.getByText("> Any offers this spring?")).toBeVisible();

      await mail.getByRole("button", { name: "Show formatted email" }).click();
      const frame = page.frameLocator('iframe[title="Formatted email"]');
      await expect(frame.getByText("spring offer")).toBeVisible();
      await frame.getByText("Our").hover();
      await expect(frame.getByText("Claim it")).not.toHaveAttribute("href", /./);
      await expect(mail.getByText("Images from other servers are blocked")).toBeVisible();
      expect(hits).toEqual([]);
      // Asked for: the images come (the pixel, the style's background); still no script ran.
      await mail.getByRole("button", { name: "Load images" }).click();
      await expect.poll(() => hits.includes("/pixel.gif")).toBe(true);
      expect(hits.filter((hit) => !["/pixel.gif", "/style"].includes(hit))).toEqual([]);
      expect(dialogs).toEqual([]);

      // A new email to her, from her contact page: a draft until it is sent.
      const found = await page.request.get(`/api/contacts?q=${encodeURIComponent(from)}`);
      const contactId = (await found.json()).contacts[0]._id;
      await page.goto(`/contacts/${contactId}`);
      await page.getByRole("button", { name: "New email" }).click();
      await page.getByLabel("Subject").fill(`Your order ${org.tag}`);
      await page.getByRole("button", { name: "Write it" }).click();
      await expect(page.getByText("A new email, not sent yet")).toBeVisible();
      const email = page.getByRole("group", { name: "Email" });
      await expect(email.getByLabel("To")).toHaveValue(from);
      await expect(email.getByLabel("Subject")).toHaveValue(`Your order ${org.tag}`);
      const boss = `boss-${org.tag}@client.test`;
      await email.getByLabel("Cc").fill(boss);
      const reply = page.getByRole("textbox", { name: /^Reply/ });
      await reply.fill("Your order ships on Monday.");
      await reply.press("Control+Enter");
      await expect(thread(page).getByRole("article").filter({ hasText: "ships on Monday" })).toContainText("Sent", {
        timeout: 15_000,
      });
      await expect(page.getByText("A new email, not sent yet")).toBeHidden();
      const sent = smtp.taken.find((taken) => taken.to.includes(boss));
      expect(sent).toMatchObject({
        to: [from, boss],
        cc: [boss],
        subject: expect.stringMatching(new RegExp(`^Your order ${org.tag} \\[#[0-9a-f]{8}\\]$`)),
        inReplyTo: undefined,
      });
    } finally {
      tracker.close();
    }
  });
});
