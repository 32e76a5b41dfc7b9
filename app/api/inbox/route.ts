import { apiRoute } from "@/lib/http/api-route";
import { jsonText, methodNotAllowed } from "@/lib/http/responses";
import { jsonList } from "@/lib/serializers/sql";
import { listInbox } from "@/lib/services/inbox";
import { inboxQuery } from "@/lib/validation/inbox";

// The agent's inbox across contacts: GET /api/inbox?view=mine&status=open&channel=sms&unseen=true&q=…&cursor=…
export const GET = apiRoute({ input: inboxQuery }, async ({ viewer, input }) => {
  const { cursor, limit, ...filters } = input;
  const { rows, nextCursor } = await listInbox({ viewer, filters, cursor, limit });
  return jsonText(jsonList("conversations", rows, { nextCursor }));
});

export const POST = methodNotAllowed(["GET"]);
export const PUT = POST;
export const PATCH = POST;
export const DELETE = POST;
