import { countCannedReplyUse } from "@/lib/canned/replies";
import { apiRoute } from "@/lib/http/api-route";
import { methods } from "@/lib/http/methods";
import { idParams } from "@/lib/schemas";

// The composer says a canned reply was used: the list shows the most used first.
export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: apiRoute({ params: idParams }, async ({ viewer, params }) => {
    await countCannedReplyUse(viewer, params.id);
    return { message: "Counted" };
  }),
});
