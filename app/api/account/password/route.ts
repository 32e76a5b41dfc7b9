import { changePassword } from "@/lib/accounts/passwords";
import { changePasswordInput } from "@/lib/accounts/schemas";
import { clientAddress } from "@/lib/auth/client-address";
import { apiRoute } from "@/lib/http/api-route";
import { methods } from "@/lib/http/methods";

// Changes the viewer's password (session only; needs the current one). Every session ends,
// this one too: the page signs in again with the new password.
export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: apiRoute({ input: changePasswordInput }, async ({ viewer, input, request }) => ({
    data: await changePassword(viewer, input, clientAddress(request.headers)),
  })),
});
