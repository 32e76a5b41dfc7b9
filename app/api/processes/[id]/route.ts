import { deleteProcess, getProcess, updateProcess } from "@/lib/ai/processes";
import { updateProcessInput } from "@/lib/ai/schemas";
import { apiRoute } from "@/lib/http/api-route";
import { methods } from "@/lib/http/methods";
import { idParams } from "@/lib/schemas";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: apiRoute({ params: idParams }, async ({ viewer, params }) => ({ data: await getProcess(viewer, params.id) })),
  PATCH: apiRoute({ params: idParams, input: updateProcessInput }, async ({ viewer, params, input }) => ({
    data: await updateProcess(viewer, params.id, input),
  })),
  DELETE: apiRoute({ params: idParams }, async ({ viewer, params }) => {
    await deleteProcess(viewer, params.id);
    return { message: "Process deleted" };
  }),
});
