import { completePasswordReset } from "@/lib/accounts/passwords";
import { completeResetInput } from "@/lib/accounts/schemas";
import { publicRoute } from "@/lib/http/api-route";
import { methods } from "@/lib/http/methods";

// Sets a new password from a reset link (single use); every session of that user ends.
export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: publicRoute({ input: completeResetInput }, async ({ input, client }) => ({
    data: await completePasswordReset(input, client),
  })),
});
