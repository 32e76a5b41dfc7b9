import { recentCalls } from "@/lib/ai/calls";
import { apiRoute } from "@/lib/http/api-route";
import { methods } from "@/lib/http/methods";

// The model's call log and today's token use (admins).
export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: apiRoute({}, async ({ viewer }) => ({ data: await recentCalls(viewer) })),
});
