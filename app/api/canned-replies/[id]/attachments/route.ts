import { addCannedAttachment } from "@/lib/canned/replies";
import { apiRoute } from "@/lib/http/api-route";
import { methods } from "@/lib/http/methods";
import { json } from "@/lib/http/responses";
import { idParams } from "@/lib/schemas";
import { receiveUpload } from "@/lib/uploads/uploads";

// A file for a canned reply (the request's body, `?name=` its name): answers with the reply.
export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: apiRoute({ params: idParams }, async ({ viewer, params, request }) => {
    const reply = await receiveUpload(viewer, request, (file) => addCannedAttachment(viewer, params.id, file));
    return json({ data: reply }, 201);
  }),
});
