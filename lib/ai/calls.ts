import "server-only";
import { canManagePeople, type Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { query } from "@/lib/db/sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { ApiError } from "@/lib/http/api-error";

// Every call to the model, recorded whatever its outcome: what it cost, how long it took, why it
// failed. The daily budget is the sum of today's (in the organization's time zone).

export type CallRecord = {
  organizationId: string;
  conversationId?: string | null;
  processId?: string | null;
  purpose: "autopilot" | "preview" | "test";
  model: string;
  tokensIn?: number;
  tokensOut?: number;
  latencyMs: number;
  outcome: "ok" | "error" | "invalid";
  error?: string | null;
};

export async function recordCall(call: CallRecord) {
  await db.modelCall.create({
    data: { ...call, latencyMs: Math.round(call.latencyMs), error: call.error?.slice(0, 500) ?? null },
  });
}

/** Tokens in and out the organization's calls used today, in its own time zone. */
export async function tokensToday(organizationId: string): Promise<number> {
  const [row] = await query<{ used: number }>(Prisma.sql`
    SELECT COALESCE(sum(mc."tokensIn" + mc."tokensOut"), 0)::int AS used
    FROM "ModelCall" mc JOIN "Organization" o ON o.id = mc."organizationId"
    WHERE mc."organizationId" = ${organizationId}
      AND mc."createdAt" >= date_trunc('day', now() AT TIME ZONE o."timeZone") AT TIME ZONE o."timeZone"`);
  return row?.used ?? 0;
}

export type CallJson = {
  _id: string;
  conversationId: string | null;
  purpose: string;
  model: string;
  tokensIn: number;
  tokensOut: number;
  latencyMs: number;
  outcome: string;
  error: string | null;
  createdAt: string;
};

/** The newest calls and today's use, for the admins' Settings → AI. */
export async function recentCalls(viewer: Viewer, limit = 50): Promise<{ calls: CallJson[]; tokensToday: number }> {
  if (!canManagePeople(viewer)) throw new ApiError("forbidden", "Only admins can read the model's call log");
  const rows = await db.modelCall.findMany({
    where: { organizationId: viewer.organizationId },
    orderBy: { createdAt: "desc" },
    take: limit,
  });
  return {
    tokensToday: await tokensToday(viewer.organizationId),
    calls: rows.map((row) => ({
      _id: row.id,
      conversationId: row.conversationId,
      purpose: row.purpose,
      model: row.model,
      tokensIn: row.tokensIn,
      tokensOut: row.tokensOut,
      latencyMs: row.latencyMs,
      outcome: row.outcome,
      error: row.error,
      createdAt: row.createdAt.toISOString(),
    })),
  };
}
