import { apiRoute } from "@/lib/http/api-route";
import { methods } from "@/lib/http/methods";
import { connectedChannels } from "@/lib/outbox/enqueue";

// Which channels of the viewer's organization have a provider connected (anyone signed in): the
// composer says when a reply will be recorded but delivered nowhere.
export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: apiRoute({}, async ({ viewer }) => ({ connected: [...(await connectedChannels(viewer.organizationId))] })),
});
