import { z } from "zod";
import { body, objectId } from "@/lib/schemas";

// The inputs of the file endpoints (lib/uploads/uploads.ts).

/** A conversation's (or a canned reply's) file: `/…/{id}/…/{uploadId}`. */
export const uploadIdParams = z.object({ id: objectId, uploadId: objectId });

export const cannedUploadsInput = body({ cannedReplyId: objectId });

/** A signed link's credential (lib/uploads/media-url.ts). */
export const mediaLinkQuery = z.object({ expires: z.string().max(20), signature: z.string().max(100) });
