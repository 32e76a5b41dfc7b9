import { signOutEverywhere } from "@/lib/accounts/account";
import { apiRoute } from "@/lib/http/api-route";
import { methods } from "@/lib/http/methods";

// Sign out everywhere: every session of the viewer ends (API tokens are revoked one by one).
export const { GET, POST, PUT, PATCH, DELETE } = methods({
  DELETE: apiRoute({}, async ({ viewer }) => {
    await signOutEverywhere(viewer);
    return { message: "Signed out everywhere" };
  }),
});
