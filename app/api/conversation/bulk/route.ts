import { bulkUpdateConversations } from "@/lib/conversations/bulk-update";
import { bulkUpdateInput } from "@/lib/conversations/schemas";
import { apiRoute } from "@/lib/http/api-route";
import { methods } from "@/lib/http/methods";
import { jsonList } from "@/lib/http/responses";

// Assign, unassign, resolve, reopen, label, unlabel, snooze or wake many conversations at once, all or nothing; answered with
// them as they now are.
export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: apiRoute({ input: bulkUpdateInput }, async ({ viewer, input }) => {
    const { updated, conversations } = await bulkUpdateConversations({ viewer, ...input });
    return jsonList("conversations", conversations, { message: `${updated} conversation(s) updated`, updated });
  }),
});
