import { deleteAutomation, updateAutomation } from "@/lib/automations/rules";
import { updateAutomationInput } from "@/lib/automations/schemas";
import { apiRoute } from "@/lib/http/api-route";
import { methods } from "@/lib/http/methods";
import { idParams } from "@/lib/schemas";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  PATCH: apiRoute({ params: idParams, input: updateAutomationInput }, async ({ viewer, params, input }) =>
    updateAutomation(viewer, params.id, input),
  ),
  DELETE: apiRoute({ params: idParams }, async ({ viewer, params }) => {
    await deleteAutomation(viewer, params.id);
    return { message: "Automation deleted" };
  }),
});
