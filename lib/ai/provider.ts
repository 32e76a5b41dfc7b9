import "server-only";
import OpenAI from "openai";
import { z } from "zod";
import { canManagePeople, type Viewer } from "@/lib/auth/viewer";
import { serverKeys } from "@/lib/crypto/server-keys";
import { db } from "@/lib/db/client";
import { ApiError } from "@/lib/http/api-error";
import { jsonDate } from "@/lib/schemas";
import { describeModelFailure, recordedCall } from "./calls";
import type { ModelProviderInput } from "./schemas";
import { openApiKey, sealApiKey } from "./sealing";

// The organization's model: any OpenAI-compatible chat completions endpoint with tool calling.
// Spoken through the official `openai` package with its `baseURL`: one well-kept client for exactly
// that wire format (OpenAI, Ollama's /v1, vLLM, llama.cpp's server), without a second abstraction
// over providers we do not need. Its API key is sealed like channel secrets and never read back.

const keys = () => serverKeys("the model provider's API key");

/** How long one call may take; the job that made it is retried after (lib/ai/autopilot.ts). */
export const MODEL_TIMEOUT_MS = 30_000;

export const providerJsonSchema = z.strictObject({
  baseUrl: z.string(),
  model: z.string(),
  /** Whether a key is set; never the key. */
  hasApiKey: z.boolean(),
  dailyTokenBudget: z.number().int().nullable(),
  updatedAt: jsonDate,
});
export type ProviderJson = z.infer<typeof providerJsonSchema>;

export type ModelClient = { client: OpenAI; model: string; dailyTokenBudget: number | null };

function assertAdmin(viewer: Viewer) {
  if (!canManagePeople(viewer)) throw new ApiError("forbidden", "Only admins can set up the model provider");
}

/** What anyone in the organization may know: whether AI is set up, and with which model. */
export async function getProvider(organizationId: string): Promise<ProviderJson | null> {
  const row = await db.modelProvider.findUnique({ where: { organizationId } });
  if (!row) return null;
  return {
    baseUrl: row.baseUrl,
    model: row.model,
    hasApiKey: row.sealedApiKey !== null,
    dailyTokenBudget: row.dailyTokenBudget,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export async function saveProvider(viewer: Viewer, input: ModelProviderInput): Promise<ProviderJson> {
  assertAdmin(viewer);
  const organizationId = viewer.organizationId;
  const sealedApiKey =
    input.apiKey === undefined
      ? undefined
      : input.apiKey === null
        ? null
        : sealApiKey(organizationId, input.apiKey, keys());
  const fields = {
    baseUrl: input.baseUrl.replace(/\/+$/, ""),
    model: input.model,
    ...(sealedApiKey !== undefined && { sealedApiKey }),
    ...(input.dailyTokenBudget !== undefined && { dailyTokenBudget: input.dailyTokenBudget }),
  };
  await db.modelProvider.upsert({ where: { organizationId }, create: { organizationId, ...fields }, update: fields });
  return (await getProvider(organizationId)) as ProviderJson;
}

export async function removeProvider(viewer: Viewer) {
  assertAdmin(viewer);
  await db.modelProvider.deleteMany({ where: { organizationId: viewer.organizationId } });
}

/** A client for the organization's model, or null when none is set up. */
export async function modelClient(organizationId: string): Promise<ModelClient | null> {
  const row = await db.modelProvider.findUnique({ where: { organizationId } });
  if (!row) return null;
  const apiKey = row.sealedApiKey ? openApiKey({ organizationId, sealedApiKey: row.sealedApiKey }, keys()) : "none";
  const client = new OpenAI({
    baseURL: row.baseUrl,
    apiKey,
    timeout: MODEL_TIMEOUT_MS,
    // Retries are the job queue's, with backoff and a record of each attempt.
    maxRetries: 0,
  });
  return { client, model: row.model, dailyTokenBudget: row.dailyTokenBudget };
}

/** The 409 every AI control answers when the organization has no model. */
export const noProvider = () =>
  new ApiError("conflict", "No model provider is set up: an admin can add one in Settings → AI");

export const testResultSchema = z.strictObject({
  ok: z.boolean(),
  model: z.string(),
  latencyMs: z.number().int(),
  toolCalling: z.boolean(),
  message: z.string(),
});
export type TestResult = z.infer<typeof testResultSchema>;

/**
 * Settings → AI's Test: one small call with one tool, recorded like every call. Says whether the
 * endpoint answers and whether the model called the tool (autopilot needs tool calling).
 */
export async function testProvider(viewer: Viewer): Promise<TestResult> {
  assertAdmin(viewer);
  const model = await modelClient(viewer.organizationId);
  if (!model) throw noProvider();
  const started = performance.now();
  const result = (ok: boolean, toolCalling: boolean, message: string): TestResult => ({
    ok,
    model: model.model,
    latencyMs: Math.round(performance.now() - started),
    toolCalling,
    message,
  });
  try {
    const toolCalling = await recordedCall(
      { organizationId: viewer.organizationId, purpose: "test", model: model.model },
      () =>
        model.client.chat.completions.create({
          model: model.model,
          messages: [
            { role: "system", content: "This is a connection test. Call the ping tool with the word OK." },
            { role: "user", content: "ping" },
          ],
          tools: [
            {
              type: "function",
              function: {
                name: "ping",
                description: "Answers a connection test.",
                parameters: { type: "object", properties: { word: { type: "string" } }, required: ["word"] },
              },
            },
          ],
          max_tokens: 50,
        }),
      (completion) =>
        (completion.choices?.[0]?.message?.tool_calls ?? []).some(
          (tool) => tool.type === "function" && tool.function.name === "ping",
        ),
    );
    const took = `${model.model} answered in ${Math.round(performance.now() - started)} ms`;
    return toolCalling
      ? result(true, true, `${took} and called the test tool.`)
      : result(true, false, `${took} but did not call the test tool: autopilot needs a model with tool calling.`);
  } catch (error) {
    return result(false, false, `The model ${describeModelFailure(error)}.`);
  }
}
