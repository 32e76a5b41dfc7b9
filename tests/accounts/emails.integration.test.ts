import { afterAll, beforeAll, expect, it } from "vitest";
import { sendAccountEmail } from "@/lib/accounts/emails";
import { resetByToken } from "@/lib/accounts/passwords";
import { type ReceivedEmail, startMailbox } from "../../e2e/support/mailbox";
import { createOrganization } from "../support/factories";

// An emailed link works from the moment the email can be read: the mail server checks it while the
// sender still waits for it to accept the message (a reader, or a mail scanner, can be that fast).

const seen: { email: ReceivedEmail; state: Awaited<ReturnType<typeof resetByToken>> }[] = [];
let mailbox: Awaited<ReturnType<typeof startMailbox>>;
beforeAll(async () => {
  mailbox = await startMailbox({
    beforeAccept: async (email) => {
      seen.push({ email, state: await resetByToken(email.link?.split("/").at(-1) ?? "") });
    },
  });
  // Read by lib/env.ts on first use, which comes after this.
  process.env.SMTP_URL = mailbox.url;
  process.env.NEXTAUTH_URL = "http://inbox.test";
});
afterAll(() => mailbox.stop());

it("commits a reset link before the email carrying it is delivered", async () => {
  const world = await createOrganization();
  await sendAccountEmail({
    id: "job-1",
    name: "email",
    data: { kind: "password-reset", email: world.agent.email },
  } as never);
  expect(seen).toHaveLength(1);
  expect(seen[0]!.email.link).toMatch(/^http:\/\/inbox\.test\/reset-password\//);
  expect(seen[0]!.state).toEqual({ status: "valid", email: world.agent.email });
});
