import { apiRoute } from "@/lib/http/api-route";
import { methodNotAllowed } from "@/lib/http/responses";
import { bulkUpdateConversations } from "@/lib/services/bulk-update";
import { bulkUpdateInput } from "@/lib/validation/inbox";

// Assign, unassign, resolve or reopen many conversations at once, all or nothing.
export const POST = apiRoute({ input: bulkUpdateInput }, async ({ viewer, input }) => {
  const result = await bulkUpdateConversations({ viewer, ...input });
  return { message: `${result.updated} conversation(s) updated`, ...result };
});

export const GET = methodNotAllowed(["POST"]);
export const PUT = GET;
export const PATCH = GET;
export const DELETE = GET;
