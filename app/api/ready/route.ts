import { methods } from "@/lib/http/methods";
import { json } from "@/lib/http/responses";
import { logger } from "@/lib/log";
import { isReady } from "@/lib/ops/readiness";

// Readiness: the database is reachable and migrated. No credentials; 503 without details.
export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: async () => {
    const ready = await isReady().catch((error: unknown) => {
      logger().warn({ err: error }, "not ready: the database did not answer");
      return false;
    });
    return json({ status: ready ? "ready" : "unavailable" }, ready ? 200 : 503, { "cache-control": "no-store" });
  },
});
