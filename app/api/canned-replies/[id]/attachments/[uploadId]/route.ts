import { removeCannedAttachment } from "@/lib/canned/replies";
import { apiRoute } from "@/lib/http/api-route";
import { methods } from "@/lib/http/methods";
import { uploadIdParams } from "@/lib/uploads/schemas";

// Removes one of a canned reply's files: answers with the reply.
export const { GET, POST, PUT, PATCH, DELETE } = methods({
  DELETE: apiRoute({ params: uploadIdParams }, async ({ viewer, params }) => ({
    data: await removeCannedAttachment(viewer, params.id, params.uploadId),
  })),
});
