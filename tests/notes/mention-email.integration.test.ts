import { afterAll, beforeAll, expect, it } from "vitest";
import * as notesRoute from "@/app/api/conversation/[id]/notes/route";
import { pool } from "@/lib/db/client";
import { sendMentionEmail } from "@/lib/notes/mention-emails";
import { startMailbox } from "../../e2e/support/mailbox";
import { callRoute } from "../support/call-route";
import { conversationOf, createOrganization } from "../support/factories";

// A mention by email, where this installation sends email: a job enqueued with the note (one per
// person mentioned), sent by the worker to a real SMTP receiver on loopback; nothing for a note
// deleted before the job ran.

let mailbox: Awaited<ReturnType<typeof startMailbox>>;
beforeAll(async () => {
  mailbox = await startMailbox();
  // Read by lib/env.ts on first use, which comes after this.
  process.env.SMTP_URL = mailbox.url;
  process.env.NEXTAUTH_URL = "http://inbox.test";
});
afterAll(() => mailbox.stop());

const jobsOf = async (conversationNote: string) =>
  (
    await pool().query<{ id: string; name: string; data: { mentionId: string } }>(
      `SELECT j.id, j.name, j.data FROM pgboss.job j JOIN "Mention" n ON n.id = j.data->>'mentionId'
       WHERE n."messageId" = $1`,
      [conversationNote],
    )
  ).rows;

it("emails each person a note mentions, with the note and a link to the conversation", async () => {
  const world = await createOrganization();
  const conversation = await conversationOf(world, { ownerId: world.agent.id });
  const written = await callRoute(notesRoute.POST, "POST", "/", {
    token: world.agent.token,
    params: { id: conversation.id },
    body: { body: "Refund approved? <b>not html</b>", mentions: [world.manager.id, world.otherAgent.id] },
  });
  expect(written.status).toBe(201);
  const jobs = await jobsOf(written.body.data._id);
  expect(jobs.map((job) => job.name)).toEqual(["mention-email", "mention-email"]);

  for (const job of jobs) await sendMentionEmail(job as never);
  const mine = mailbox.received.filter((email) =>
    email.to.some((to) => [world.manager.email, world.otherAgent.email].includes(to)),
  );
  expect(mine.flatMap((email) => email.to).sort()).toEqual([world.manager.email, world.otherAgent.email].sort());
  for (const email of mine) {
    expect(email.subject).toBe(`${world.agent.fullName} mentioned you about ${world.contact.fullName}`);
    expect(email.text).toContain("Refund approved? <b>not html</b>");
    expect(email.text).toContain(`http://inbox.test/inbox?c=${conversation.id}`);
  }
});

it("sends nothing for a note deleted before its email went", async () => {
  const world = await createOrganization();
  const conversation = await conversationOf(world, { ownerId: world.agent.id });
  const written = await callRoute(notesRoute.POST, "POST", "/", {
    token: world.agent.token,
    params: { id: conversation.id },
    body: { body: "Never mind", mentions: [world.manager.id] },
  });
  const [job] = await jobsOf(written.body.data._id);
  await pool().query(`DELETE FROM "Message" WHERE id = $1`, [written.body.data._id]);
  const before = mailbox.received.length;
  await sendMentionEmail(job as never);
  expect(mailbox.received.length).toBe(before);
});
