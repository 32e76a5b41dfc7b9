import { apiRoute } from "@/lib/http/api-route";
import { methods } from "@/lib/http/methods";
import { reportConversations } from "@/lib/reports/conversations";
import { reportConversationsQuery } from "@/lib/reports/schemas";

// The conversations behind a report (or one channel's, person's or label's row), as CSV.
export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: apiRoute({ input: reportConversationsQuery }, async ({ viewer, input, request }) =>
    reportConversations(viewer, input, request.signal),
  ),
});
