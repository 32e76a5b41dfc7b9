import { apiRoute } from "@/lib/http/api-route";
import { methods } from "@/lib/http/methods";
import { jsonList } from "@/lib/http/responses";
import { listInbox } from "@/lib/inbox/list";
import { inboxQuery } from "@/lib/inbox/schemas";

// The agent's inbox across contacts: GET /api/inbox?view=mine&status=open&channel=sms&unseen=true&q=…&cursor=…
// (or &ids=…: which of these conversations the list holds, for a live client's changed rows)
export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: apiRoute({ input: inboxQuery }, async ({ viewer, input }) => {
    const { cursor, limit, ids, ...filters } = input;
    const { rows, nextCursor } = await listInbox({ viewer, filters, ids, cursor, limit });
    return jsonList("conversations", rows, { nextCursor });
  }),
});
