import { apiRoute } from "@/lib/http/api-route";
import { methods } from "@/lib/http/methods";
import { deleteNote } from "@/lib/notes/notes";
import { noteIdParams } from "@/lib/notes/schemas";

// Deletes a note (its writer, managers and admins), and the mentions it made.
export const { GET, POST, PUT, PATCH, DELETE } = methods({
  DELETE: apiRoute({ params: noteIdParams }, async ({ viewer, params }) => {
    await deleteNote({ viewer, conversationId: params.id, messageId: params.messageId });
    return { message: "Note deleted" };
  }),
});
