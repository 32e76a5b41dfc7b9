import "server-only";
import type { ChatCompletion } from "openai/resources/chat/completions";
import { z } from "zod";
import { canManagePeople, type Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { query } from "@/lib/db/sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { ApiError } from "@/lib/http/api-error";
import { jsonDate, jsonId } from "@/lib/schemas";

// Every call to the model, recorded whatever its outcome: what it cost, how long it took, why it
// failed. The daily budget is the sum of today's (in the organization's time zone).

export type CallRecord = {
  organizationId: string;
  conversationId?: string | null;
  processId?: string | null;
  purpose: "autopilot" | "preview" | "test" | "automation";
  model: string;
  tokensIn?: number;
  tokensOut?: number;
  latencyMs: number;
  outcome: "ok" | "error" | "invalid";
  error?: string | null;
};

async function recordCall(call: CallRecord) {
  await db.modelCall.create({
    data: { ...call, latencyMs: Math.round(call.latencyMs), error: call.error?.slice(0, 500) ?? null },
  });
}

/**
 * One call to the model, recorded whatever happens: its tokens, its time, and its outcome: `ok`
 * when `check` accepts the answer, `invalid` when it throws InvalidAnswer (the answer broke the
 * tools' rules), `error` when the call itself failed. Throws what it caught.
 */
export async function recordedCall<T>(
  call: Omit<CallRecord, "latencyMs" | "outcome" | "error" | "tokensIn" | "tokensOut">,
  ask: () => Promise<ChatCompletion>,
  check: (completion: ChatCompletion) => T,
): Promise<T> {
  const started = performance.now();
  const latencyMs = () => performance.now() - started;
  let completion: ChatCompletion;
  try {
    completion = await ask();
  } catch (error) {
    await recordCall({ ...call, latencyMs: latencyMs(), outcome: "error", error: describeModelFailure(error) });
    throw error;
  }
  const usage = { tokensIn: completion.usage?.prompt_tokens ?? 0, tokensOut: completion.usage?.completion_tokens ?? 0 };
  try {
    const result = check(completion);
    await recordCall({ ...call, ...usage, latencyMs: latencyMs(), outcome: "ok" });
    return result;
  } catch (error) {
    await recordCall({
      ...call,
      ...usage,
      latencyMs: latencyMs(),
      outcome: "invalid",
      error: (error as Error).message,
    });
    throw error;
  }
}

/** Why a call failed, in words for the call log and a stamp (never the key, never a stack). */
export function describeModelFailure(error: unknown): string {
  const e = error as { status?: number; message?: string; name?: string };
  if (e.name === "APIConnectionTimeoutError") return "did not answer in time";
  if (e.name === "APIConnectionError") return "could not be reached";
  if (e.status) return `answered HTTP ${e.status}${e.message ? ` (${e.message.slice(0, 200)})` : ""}`;
  return e.message?.slice(0, 200) ?? "failed for an unknown reason";
}

/** Whether the organization has used up today's tokens (no budget: never). */
export async function budgetSpent(organizationId: string, dailyTokenBudget: number | null): Promise<boolean> {
  return dailyTokenBudget !== null && (await tokensToday(organizationId)) >= dailyTokenBudget;
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

export const callJsonSchema = z.strictObject({
  _id: jsonId,
  conversationId: jsonId.nullable(),
  purpose: z.string(),
  model: z.string(),
  tokensIn: z.number().int(),
  tokensOut: z.number().int(),
  latencyMs: z.number().int(),
  outcome: z.string(),
  error: z.string().nullable(),
  createdAt: jsonDate,
});
export type CallJson = z.infer<typeof callJsonSchema>;
/** The newest calls and the tokens used today (in the organization's time zone). */
export const callLogSchema = z.strictObject({ calls: z.array(callJsonSchema), tokensToday: z.number().int() });

/** The newest calls and today's use, for the admins' Settings → AI. */
export async function recentCalls(viewer: Viewer, limit = 50): Promise<z.infer<typeof callLogSchema>> {
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
