import { bulkUpdateConversations } from "@/lib/conversations/bulk-update";
import { bulkUpdateInput } from "@/lib/conversations/schemas";
import { apiRoute } from "@/lib/http/api-route";
import { methods } from "@/lib/http/methods";

// Assign, unassign, resolve or reopen many conversations at once, all or nothing.
export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: apiRoute({ input: bulkUpdateInput }, async ({ viewer, input }) => {
    const result = await bulkUpdateConversations({ viewer, ...input });
    return { message: `${result.updated} conversation(s) updated`, ...result };
  }),
});
