import { apiRoute } from "@/lib/http/api-route";
import { methods } from "@/lib/http/methods";
import { deleteLabel, updateLabel } from "@/lib/labels/labels";
import { updateLabelInput } from "@/lib/labels/schemas";
import { idParams } from "@/lib/schemas";

// Rename or recolour a label; or delete it (the conversations that carried it lose it).
export const { GET, POST, PUT, PATCH, DELETE } = methods({
  PATCH: apiRoute({ params: idParams, input: updateLabelInput }, async ({ viewer, params, input }) => ({
    data: await updateLabel(viewer, params.id, input),
  })),
  DELETE: apiRoute({ params: idParams }, async ({ viewer, params }) => {
    await deleteLabel(viewer, params.id);
    return { message: "Label deleted" };
  }),
});
