import { apiRoute } from "@/lib/http/api-route";
import { methods } from "@/lib/http/methods";
import { listMentions } from "@/lib/notes/mentions";
import { mentionsQuery } from "@/lib/notes/schemas";

// The viewer's mentions, newest first, and how many are unread.
export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: apiRoute({ input: mentionsQuery }, async ({ viewer, input }) => listMentions(viewer, input)),
});
