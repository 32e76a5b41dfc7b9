import { updateAccount } from "@/lib/accounts/account";
import { updateAccountInput } from "@/lib/accounts/schemas";
import { apiRoute } from "@/lib/http/api-route";
import { methods } from "@/lib/http/methods";

// The viewer's own name.
export const { GET, POST, PUT, PATCH, DELETE } = methods({
  PATCH: apiRoute({ input: updateAccountInput }, async ({ viewer, input }) => {
    const user = await updateAccount(viewer, input);
    return { data: { _id: user.id, fullName: user.fullName, email: user.email, role: user.role } };
  }),
});
