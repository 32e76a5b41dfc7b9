import { methods } from "@/lib/http/methods";
import { json } from "@/lib/http/responses";

// Liveness: the process is up and serving. No credentials, no database.
export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: async () => json({ status: "ok" }, 200, { "cache-control": "no-store" }),
});
