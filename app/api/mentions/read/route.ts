import { apiRoute } from "@/lib/http/api-route";
import { methods } from "@/lib/http/methods";
import { readMentions } from "@/lib/notes/mentions";
import { readMentionsInput } from "@/lib/notes/schemas";

// Marks the viewer's mentions read (one conversation's, or all); answers how many stay unread.
export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: apiRoute({ input: readMentionsInput }, async ({ viewer, input }) => ({
    unread: await readMentions(viewer, input.conversationId),
  })),
});
