import { ApiError } from "@/lib/http/api-error";
import { authenticatedRoute } from "@/lib/http/api-route";
import { methods } from "@/lib/http/methods";
import { idParams } from "@/lib/schemas";
import { verifyMediaLink } from "@/lib/uploads/media-url";
import { mediaLinkQuery } from "@/lib/uploads/schemas";
import { uploadById, uploadResponse } from "@/lib/uploads/uploads";

// A sent file for the provider carrying it (Twilio fetches a MediaUrl with GET and HEAD, Messenger
// an attachment's URL): no session, the link's signature is the credential (lib/uploads/media-url.ts).
export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: authenticatedRoute(
    { params: idParams, input: mediaLinkQuery },
    async (request, params) => {
      const { searchParams } = request.nextUrl;
      if (!verifyMediaLink(String(params.id), searchParams.get("expires"), searchParams.get("signature"))) {
        throw new ApiError("not_found", "Attachment not found, or its link has expired");
      }
      return true;
    },
    async ({ params }) => uploadResponse(await uploadById(params.id)),
  ),
});
