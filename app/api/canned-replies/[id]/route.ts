import { deleteCannedReply, updateCannedReply } from "@/lib/canned/replies";
import { updateCannedReplyInput } from "@/lib/canned/schemas";
import { apiRoute } from "@/lib/http/api-route";
import { methods } from "@/lib/http/methods";
import { idParams } from "@/lib/schemas";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  PATCH: apiRoute({ params: idParams, input: updateCannedReplyInput }, async ({ viewer, params, input }) => ({
    data: await updateCannedReply(viewer, params.id, input),
  })),
  DELETE: apiRoute({ params: idParams }, async ({ viewer, params }) => {
    await deleteCannedReply(viewer, params.id);
    return { message: "Canned reply deleted" };
  }),
});
