import { conversationIdParams } from "@/lib/conversations/schemas";
import { apiRoute } from "@/lib/http/api-route";
import { methods } from "@/lib/http/methods";
import { jsonData } from "@/lib/http/responses";
import { writeNote } from "@/lib/notes/notes";
import { noteInput } from "@/lib/notes/schemas";

// Writes a private note in the conversation: seen by the organization's people only, never sent.
export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: apiRoute({ params: conversationIdParams, input: noteInput }, async ({ viewer, params, input }) =>
    jsonData(await writeNote({ viewer, conversationId: params.id, body: input.body, mentions: input.mentions }), 201),
  ),
});
