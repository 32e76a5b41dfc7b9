import { apiRoute } from "@/lib/http/api-route";
import { methods } from "@/lib/http/methods";
import { json } from "@/lib/http/responses";
import { createLabel, listLabels } from "@/lib/labels/labels";
import { createLabelInput, labelsQuery } from "@/lib/labels/schemas";

// The organization's labels: everyone reads them; managers and admins add them.
export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: apiRoute({ input: labelsQuery }, async ({ viewer, input }) => ({
    labels: await listLabels(viewer, input.counts),
  })),
  POST: apiRoute({ input: createLabelInput }, async ({ viewer, input }) =>
    json({ data: await createLabel(viewer, input) }, 201),
  ),
});
