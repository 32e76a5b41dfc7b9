import { createAutomation, listAutomations } from "@/lib/automations/rules";
import { automationInput } from "@/lib/automations/schemas";
import { apiRoute } from "@/lib/http/api-route";
import { methods } from "@/lib/http/methods";

// Automation rules (managers and admins). A rule with a webhook answers its signing secret once.
export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: apiRoute({}, async ({ viewer }) => ({ automations: await listAutomations(viewer) })),
  POST: apiRoute({ input: automationInput }, async ({ viewer, input }) => createAutomation(viewer, input)),
});
