import { generateReply } from "@/lib/ai/autopilot";
import { generateReplyInput } from "@/lib/ai/schemas";
import { apiRoute } from "@/lib/http/api-route";
import { methods } from "@/lib/http/methods";

// The reference's `POST /api/ai/process`: the reply the conversation's process would send now,
// generated and returned, never sent (Preview, and the composer's Suggest reply).
export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: apiRoute({ input: generateReplyInput }, async ({ viewer, input }) => ({
    data: await generateReply({ viewer, ...input }),
  })),
});
