import { testProvider } from "@/lib/ai/provider";
import { apiRoute } from "@/lib/http/api-route";
import { methods } from "@/lib/http/methods";

// Settings → AI's Test button (admins): one small call, with one tool.
export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: apiRoute({}, async ({ viewer }) => ({ data: await testProvider(viewer) })),
});
