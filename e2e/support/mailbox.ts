import { once } from "node:events";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

// A real SMTP server on a free local port, started by the test that needs it: the app sends its
// email here through nodemailer exactly as it would to the operator's server.

export type ReceivedEmail = { to: string[]; subject: string; text: string; link: string | null };

/** `beforeAccept` runs on each message before the server accepts it (the sender is still waiting). */
export async function startMailbox(options: { beforeAccept?: (email: ReceivedEmail) => Promise<void> } = {}) {
  const received: ReceivedEmail[] = [];
  const waiters: { match: (email: ReceivedEmail) => boolean; resolve: (email: ReceivedEmail) => void }[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", async () => {
        const email = parse(
          Buffer.concat(chunks).toString("utf8"),
          session.envelope.rcptTo.map((r) => r.address),
        );
        await options.beforeAccept?.(email);
        received.push(email);
        for (const waiter of waiters.filter((w) => w.match(email))) {
          waiters.splice(waiters.indexOf(waiter), 1);
          waiter.resolve(email);
        }
        callback();
      });
    },
  });
  server.listen(0, "127.0.0.1");
  await once(server.server, "listening");
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    /** The first email to `to` whose subject matches, already received or on its way. */
    next(to: string, subject: RegExp, timeoutMs = 15_000): Promise<ReceivedEmail> {
      const match = (email: ReceivedEmail) => email.to.includes(to) && subject.test(email.subject);
      const already = received.find(match);
      if (already) return Promise.resolve(already);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`no email "${subject}" to ${to} in ${timeoutMs} ms`)),
          timeoutMs,
        );
        waiters.push({
          match,
          resolve: (email) => {
            clearTimeout(timer);
            resolve(email);
          },
        });
      });
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type Mailbox = Awaited<ReturnType<typeof startMailbox>>;

/** Subject and plain-text body of a MIME message as nodemailer writes it (quoted-printable text). */
function parse(raw: string, to: string[]): ReceivedEmail {
  const [head = "", ...rest] = raw.split(/\r?\n\r?\n/);
  const subject = /^Subject: (.*)$/im.exec(head.replace(/\r?\n[ \t]+/g, " "))?.[1] ?? "";
  const body = rest
    .join("\n\n")
    .replace(/=\r?\n/g, "")
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
  const link = /https?:\/\/[^\s"<]+\/(?:invite|reset-password)\/[A-Za-z0-9_-]{43}/.exec(body)?.[0] ?? null;
  return { to, subject, text: body, link };
}
