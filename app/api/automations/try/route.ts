import { tryAutomation } from "@/lib/automations/rules";
import { tryAutomationInput } from "@/lib/automations/schemas";
import { apiRoute } from "@/lib/http/api-route";
import { methods } from "@/lib/http/methods";

// What a rule (saved or not) would do on a conversation now; changes nothing.
export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: apiRoute({ input: tryAutomationInput }, async ({ viewer, input }) => ({
    data: await tryAutomation(viewer, input.conversationId, input.rule),
  })),
});
