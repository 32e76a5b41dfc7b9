import { afterAll, beforeAll, expect, it } from "vitest";
import { sendAccountEmail } from "@/lib/accounts/emails";
import { resetByToken } from "@/lib/accounts/passwords";
import { type ReceivedEmail, startMailbox } from "../../e2e/support/mailbox";
import { callRoute } from "../support/call-route";
import { createOrganization } from "../support/factories";
import { passwordReset } from "./routes";

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

it("takes at most RESET_MAX_PER_CLIENT reset requests from one client address, however parallel", async () => {
  const world = await createOrganization();
  const from = (address: string) => () =>
    callRoute(passwordReset.POST, "POST", "/", {
      headers: { "x-forwarded-for": address },
      body: { email: world.agent.email },
    });
  const address = `198.51.100.${Math.floor(Math.random() * 250)}-${Date.now()}`;
  const answers = await Promise.all(Array.from({ length: 14 }, from(address)));
  expect(answers.filter((answer) => answer.status === 202)).toHaveLength(10);
  const refused = answers.filter((answer) => answer.status === 429);
  expect(refused).toHaveLength(4);
  expect(refused[0]?.body.message).toMatch(/Too many reset requests from this address; try again in \d+ minutes?/);
  expect(Number(refused[0]?.headers.get("retry-after"))).toBeGreaterThan(0);
  // Another address has its own count.
  expect((await from(`${address}-other`)()).status).toBe(202);
});
