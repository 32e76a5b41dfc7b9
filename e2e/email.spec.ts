import { type Dovecot, startDovecot } from "../tests/support/dovecot";
import { PDF } from "../tests/support/files";
import { type SmtpReceiver, startSmtpReceiver } from "../tests/support/smtp-receiver";
import { expect, live, row, signIn, test, thread } from "./support/fixtures";

// A mailbox connected from the Channels page, against a real IMAP server (Dovecot) and a real SMTP
// server started here: a mail delivered into the mailbox appears in the open inbox, the agent's
// reply with a file reaches the SMTP server threaded, and is kept in the mailbox's Sent folder.

const MAILBOX = { user: "help@e2e-shop.test", password: "e2e-mailbox-password" };
let dovecot: Dovecot;
let smtp: SmtpReceiver;
test.beforeAll(async () => {
  dovecot = await startDovecot([MAILBOX]);
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
