import { connectedChannels } from "@/lib/connections/outbox";
import { apiRoute } from "@/lib/http/api-route";
import { methods } from "@/lib/http/methods";

// Which channels of the viewer's organization have a provider connected (anyone signed in): the
// composer says when a reply will be recorded but delivered nowhere.
export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: apiRoute({}, async ({ viewer }) => ({ connected: [...(await connectedChannels(viewer.organizationId))] })),
});
