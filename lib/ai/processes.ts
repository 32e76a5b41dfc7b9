import "server-only";
import { z } from "zod";
import { canSeeWholeOrganization, type Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { ApiError } from "@/lib/http/api-error";
import { jsonDate, jsonId } from "@/lib/schemas";
import {
  type ActiveHours,
  activeHours,
  type CreateProcessInput,
  type ProcessAction,
  type ProcessField,
  processActions,
  processField,
  type UpdateProcessInput,
} from "./schemas";

// Processes: the playbooks the model follows (the reference's `process`). Everyone in the
// organization reads them (an agent turns autopilot on with one); managers and admins write them.

/** A process as a turn follows it: its row's fields, typed (from Prisma, or a row as PostgreSQL's to_jsonb). */
export type Process = {
  id: string;
  name: string;
  instructions: string;
  model: string | null;
  fields: ProcessField[];
  actions: ProcessAction[];
  replyDelaySeconds: number;
  handoffKeywords: string[];
  maxTurns: number;
  handoffUserId: string | null;
  activeHours: ActiveHours | null;
};

export const processOf = (row: Record<string, unknown>): Process => ({
  id: row.id as string,
  name: row.name as string,
  instructions: row.instructions as string,
  model: (row.model as string | null) ?? null,
  fields: (row.fields as ProcessField[] | null) ?? [],
  actions: (row.actions as ProcessAction[] | null) ?? [],
  replyDelaySeconds: row.replyDelaySeconds as number,
  handoffKeywords: (row.handoffKeywords as string[] | null) ?? [],
  maxTurns: row.maxTurns as number,
  handoffUserId: (row.handoffUserId as string | null) ?? null,
  activeHours: (row.activeHours as ActiveHours | null) ?? null,
});

export const processJsonSchema = z.strictObject({
  _id: jsonId,
  name: z.string(),
  instructions: z.string(),
  model: z.string().nullable(),
  fields: z.array(processField),
  actions: z.array(z.enum(processActions)),
  replyDelaySeconds: z.number().int(),
  handoffKeywords: z.array(z.string()),
  maxTurns: z.number().int(),
  handoffUserId: jsonId.nullable(),
  activeHours: activeHours.nullable(),
  createdAt: jsonDate,
  updatedAt: jsonDate,
});
export type ProcessJson = z.infer<typeof processJsonSchema>;

type Row = Awaited<ReturnType<typeof db.process.findFirstOrThrow>>;

export const processJson = (row: Row): ProcessJson => {
  const { id, ...process } = processOf(row);
  return { _id: id, ...process, createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString() };
};

const notFound = () => new ApiError("not_found", "Process not found");

function assertManager(viewer: Viewer) {
  if (!canSeeWholeOrganization(viewer))
    throw new ApiError("forbidden", "Only managers and admins can change processes");
}

export async function listProcesses(viewer: Viewer): Promise<ProcessJson[]> {
  const rows = await db.process.findMany({
    where: { organizationId: viewer.organizationId },
    orderBy: { name: "asc" },
  });
  return rows.map(processJson);
}

export async function getProcess(viewer: Viewer, id: string): Promise<ProcessJson> {
  const row = await db.process.findFirst({ where: { id, organizationId: viewer.organizationId } });
  if (!row) throw notFound();
  return processJson(row);
}

/** A hand-off goes to an active person of the organization, or to nobody. */
async function assertHandoffUser(viewer: Viewer, userId: string | null | undefined) {
  if (!userId) return;
  const user = await db.user.findFirst({
    where: { id: userId, organizationId: viewer.organizationId, deactivatedAt: null },
    select: { id: true },
  });
  if (!user) {
    throw new ApiError("bad_request", "handoffUserId: no active person with this id in the organization", [
      { path: "handoffUserId", message: "no active person with this id in the organization" },
    ]);
  }
}

function data(input: UpdateProcessInput) {
  const { fields, activeHours, ...rest } = input;
  return {
    ...rest,
    ...(fields !== undefined && { fields: fields as Prisma.InputJsonArray }),
    ...(activeHours !== undefined && { activeHours: activeHours ?? Prisma.DbNull }),
  };
}

export async function createProcess(viewer: Viewer, input: CreateProcessInput): Promise<ProcessJson> {
  assertManager(viewer);
  await assertHandoffUser(viewer, input.handoffUserId);
  const row = await db.process.create({
    data: {
      ...data(input),
      name: input.name,
      instructions: input.instructions,
      actions: input.actions ?? ["reply", "extract", "handoff"],
      organizationId: viewer.organizationId,
    },
  });
  return processJson(row);
}

export async function updateProcess(viewer: Viewer, id: string, input: UpdateProcessInput): Promise<ProcessJson> {
  assertManager(viewer);
  await assertHandoffUser(viewer, input.handoffUserId);
  const { count } = await db.process.updateMany({
    where: { id, organizationId: viewer.organizationId },
    data: data(input),
  });
  if (count === 0) throw notFound();
  return getProcess(viewer, id);
}

/** Removes it; conversations that followed it stop their autopilot (nothing left to follow). */
export async function deleteProcess(viewer: Viewer, id: string) {
  assertManager(viewer);
  await db.$transaction(async (tx) => {
    const { count } = await tx.process.deleteMany({ where: { id, organizationId: viewer.organizationId } });
    if (count === 0) throw notFound();
    await tx.$executeRaw`UPDATE "Conversation" SET process = NULL, "isAutopilot" = false, version = version + 1,
      "updatedAt" = now(), "changedById" = ${viewer.userId} WHERE "organizationId" = ${viewer.organizationId} AND process = ${id}`;
  });
}
