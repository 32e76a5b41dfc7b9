import "server-only";
import { z } from "zod";
import { defineChannel } from "@/lib/channels/channel";
import { text } from "@/lib/schemas";
import { type EmailSecrets, type EmailSettings, imapClient, mailError, smtpTransport } from "./mailbox";
import { readMailbox } from "./reader";
import { emailSender } from "./send";

// An organization's mailbox: read over IMAP (one reader per mailbox across app servers, IDLE for new
// mail), answered over SMTP, each reply kept in its Sent folder. Threading: ./threading.ts.

const host = text({ min: 1, max: 253, trim: true }).pipe(
  z.string().regex(/^[a-z0-9.-]+$/i, "must be a host name or an IP address, like imap.example.com"),
);
const port = z.number({ error: "must be a port number" }).int().min(1).max(65_535);
const secret = text({ min: 1, max: 500 });

export const email = defineChannel({
  provider: "imap",
  channelType: "email",
  label: "Email (IMAP and SMTP)",
  connectInput: z.strictObject({
    address: text({ max: 320, trim: true }).pipe(z.email({ error: "must be an email address" })),
    imapHost: host,
    imapPort: port.default(993),
    imapTls: z.boolean().default(true),
    smtpHost: host,
    smtpPort: port.default(465),
    smtpTls: z.boolean().default(true),
    username: text({ min: 1, max: 320, trim: true }),
    password: secret,
  }),
  changeInput: z.strictObject({ password: secret.optional() }),
  split: ({ password, ...settings }): { settings: EmailSettings; secrets: EmailSecrets } => ({
    settings: { ...settings, address: settings.address.toLowerCase() },
    secrets: { password },
  }),
  change: ({ settings, secrets }, change) => ({
    settings,
    secrets: { password: change.password ?? secrets.password },
  }),
  secretNames: ["password"],
  webhooks: {},
  read: readMailbox,
  async check({ settings, secrets }) {
    const account = { ...settings, ...secrets };
    const imap = imapClient(account);
    imap.on("error", () => {});
    try {
      await imap.connect();
      await imap.mailboxOpen("INBOX", { readOnly: true });
    } catch (error) {
      imap.close();
      const message = mailError(error, "IMAP");
      return { ok: false, message, refused: message.includes("refused the username") };
    }
    await imap.logout().catch(() => {});
    const smtp = smtpTransport(account);
    try {
      await smtp.verify();
    } catch (error) {
      const message = mailError(error, "SMTP");
      return { ok: false, message, refused: message.includes("refused the username") };
    } finally {
      smtp.close();
    }
    return { ok: true, message: `Signed in to ${settings.address} over IMAP and SMTP` };
  },
  sender: emailSender,
});
