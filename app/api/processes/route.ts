import { createProcess, listProcesses } from "@/lib/ai/processes";
import { createProcessInput } from "@/lib/ai/schemas";
import { apiRoute } from "@/lib/http/api-route";
import { methods } from "@/lib/http/methods";

// Processes: everyone reads them (an agent turns autopilot on with one); managers and admins add them.
export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: apiRoute({}, async ({ viewer }) => ({ processes: await listProcesses(viewer) })),
  POST: apiRoute({ input: createProcessInput }, async ({ viewer, input }) => ({
    data: await createProcess(viewer, input),
  })),
});
