import { rotateWebhookSecret } from "@/lib/automations/rules";
import { apiRoute } from "@/lib/http/api-route";
import { methods } from "@/lib/http/methods";
import { idParams } from "@/lib/schemas";

// A new webhook signing secret for the rule, answered this once; the old one stops signing.
export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: apiRoute({ params: idParams }, async ({ viewer, params }) => rotateWebhookSecret(viewer, params.id)),
});
