import { apiRoute } from "@/lib/http/api-route";
import { methods } from "@/lib/http/methods";
import { json } from "@/lib/http/responses";
import { createLabel, listLabels } from "@/lib/labels/labels";
import { createLabelInput } from "@/lib/labels/schemas";

// The organization's labels: everyone reads them; managers and admins add them.
export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: apiRoute({}, async ({ viewer }) => ({ labels: await listLabels(viewer) })),
  POST: apiRoute({ input: createLabelInput }, async ({ viewer, input }) =>
    json({ data: await createLabel(viewer, input) }, 201),
  ),
});
