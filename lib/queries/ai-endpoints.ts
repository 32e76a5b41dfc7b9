import type { GeneratedReply } from "@/lib/ai/autopilot";
import type { CallJson } from "@/lib/ai/calls";
import type { LeadSourceJson } from "@/lib/ai/leads";
import type { ProcessJson } from "@/lib/ai/processes";
import type { ProviderJson, TestResult } from "@/lib/ai/provider";
import type {
  CreateLeadSourceInput,
  CreateProcessInput,
  ModelProviderInput,
  UpdateLeadSourceInput,
  UpdateProcessInput,
} from "@/lib/ai/schemas";
import { apiFetch } from "@/lib/queries/api-client";
import type { Signal } from "@/lib/queries/endpoints";

// The AI's endpoints (the model provider, its call log, processes, a generated reply), once each.

export const getProvider = async ({ signal }: Signal) =>
  (await apiFetch<{ data: ProviderJson | null }>("/api/ai/provider", { signal })).data;

export const putProvider = async (input: ModelProviderInput) =>
  (await apiFetch<{ data: ProviderJson }>("/api/ai/provider", { method: "PUT", body: input })).data;

export const deleteProvider = () => apiFetch("/api/ai/provider", { method: "DELETE" });

export const postProviderTest = async () =>
  (await apiFetch<{ data: TestResult }>("/api/ai/provider/test", { method: "POST" })).data;

export const getCalls = async ({ signal }: Signal) =>
  (await apiFetch<{ data: { calls: CallJson[]; tokensToday: number } }>("/api/ai/calls", { signal })).data;

export const getProcesses = async ({ signal }: Signal) =>
  (await apiFetch<{ processes: ProcessJson[] }>("/api/processes", { signal })).processes;

export const postProcess = async (input: CreateProcessInput) =>
  (await apiFetch<{ data: ProcessJson }>("/api/processes", { method: "POST", body: input })).data;

export const patchProcess = async (id: string, input: UpdateProcessInput) =>
  (await apiFetch<{ data: ProcessJson }>(`/api/processes/${id}`, { method: "PATCH", body: input })).data;

export const deleteProcess = (id: string) => apiFetch(`/api/processes/${id}`, { method: "DELETE" });

export const postGenerateReply = async (input: { conversationId: string; processId?: string }) =>
  (await apiFetch<{ data: GeneratedReply }>("/api/ai/process", { method: "POST", body: input })).data;

export const getLeadSources = async ({ signal }: Signal) =>
  (await apiFetch<{ leadSources: LeadSourceJson[] }>("/api/lead-sources", { signal })).leadSources;

export const postLeadSource = async (input: CreateLeadSourceInput) =>
  (await apiFetch<{ data: LeadSourceJson }>("/api/lead-sources", { method: "POST", body: input })).data;

export const patchLeadSource = async (id: string, input: UpdateLeadSourceInput) =>
  (await apiFetch<{ data: LeadSourceJson }>(`/api/lead-sources/${id}`, { method: "PATCH", body: input })).data;

export const deleteLeadSource = (id: string) => apiFetch(`/api/lead-sources/${id}`, { method: "DELETE" });
