import { apiRoute } from "@/lib/http/api-route";
import { methods } from "@/lib/http/methods";
import { idParams } from "@/lib/schemas";
import { uploadResponse, viewerUpload } from "@/lib/uploads/uploads";

// A file in a conversation (a webchat visitor's image), for whoever may read that conversation.
export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: apiRoute({ params: idParams }, async ({ viewer, params }) =>
    uploadResponse(await viewerUpload(viewer, params.id)),
  ),
});
