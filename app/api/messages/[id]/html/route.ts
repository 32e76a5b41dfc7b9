import { emailHtmlResponse } from "@/lib/channels/email/frame";
import { apiRoute } from "@/lib/http/api-route";
import { methods } from "@/lib/http/methods";
import { emailHtmlQuery } from "@/lib/messages/schemas";
import { idParams } from "@/lib/schemas";

// A received email's sanitised HTML as a document for the inbox's sandboxed frame; `?images=1`
// lets its remote images load (the agent asked). For whoever may read its conversation.
export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: apiRoute({ params: idParams, input: emailHtmlQuery }, async ({ viewer, params, input }) =>
    emailHtmlResponse(viewer, params.id, input.images === "1"),
  ),
});
