import { apiRoute } from "@/lib/http/api-route";
import { methods } from "@/lib/http/methods";
import { uploadIdParams } from "@/lib/uploads/schemas";
import { removeReplyUpload } from "@/lib/uploads/uploads";

// Takes back a file the viewer uploaded for a reply and has not sent.
export const { GET, POST, PUT, PATCH, DELETE } = methods({
  DELETE: apiRoute({ params: uploadIdParams }, async ({ viewer, params }) => {
    await removeReplyUpload(viewer, params.id, params.uploadId);
    return { message: "File removed" };
  }),
});
