import { deleteLeadSource, updateLeadSource } from "@/lib/ai/leads";
import { updateLeadSourceInput } from "@/lib/ai/schemas";
import { apiRoute } from "@/lib/http/api-route";
import { methods } from "@/lib/http/methods";
import { idParams } from "@/lib/schemas";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  PATCH: apiRoute({ params: idParams, input: updateLeadSourceInput }, async ({ viewer, params, input }) => ({
    data: await updateLeadSource(viewer, params.id, input),
  })),
  DELETE: apiRoute({ params: idParams }, async ({ viewer, params }) => {
    await deleteLeadSource(viewer, params.id);
    return { message: "Lead source deleted" };
  }),
});
