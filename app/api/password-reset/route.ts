import { requestPasswordReset } from "@/lib/accounts/passwords";
import { requestResetInput } from "@/lib/accounts/schemas";
import { publicRoute } from "@/lib/http/api-route";
import { methods } from "@/lib/http/methods";
import { json } from "@/lib/http/responses";
import { mailConfigured } from "@/lib/mail/send";

// "Forgot password": the same 202 whether or not the email has an account.
export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: publicRoute({ input: requestResetInput }, async ({ input, client }) => {
    if (!mailConfigured()) {
      return json({ message: "This installation does not send email. Ask an admin for a password reset link." }, 503);
    }
    await requestPasswordReset(input.email, client);
    return json({ message: "If that email has an account, a reset link is on its way. It works for one hour." }, 202);
  }),
});
