import "server-only";
import { canSeeWholeOrganization, type Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { ApiError } from "@/lib/http/api-error";
import type { ActiveHours, CreateProcessInput, ProcessAction, ProcessField, UpdateProcessInput } from "./schemas";

// Processes: the playbooks the model follows (the reference's `process`). Everyone in the
// organization reads them (an agent turns autopilot on with one); managers and admins write them.

export type ProcessJson = {
  _id: string;
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
  createdAt: string;
  updatedAt: string;
};

type Row = Awaited<ReturnType<typeof db.process.findFirstOrThrow>>;

export const processJson = (row: Row): ProcessJson => ({
  _id: row.id,
  name: row.name,
  instructions: row.instructions,
  model: row.model,
  fields: row.fields as ProcessField[],
  actions: row.actions as ProcessAction[],
  replyDelaySeconds: row.replyDelaySeconds,
  handoffKeywords: row.handoffKeywords,
  maxTurns: row.maxTurns,
  handoffUserId: row.handoffUserId,
  activeHours: (row.activeHours as ActiveHours | null) ?? null,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

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

const duplicateName = (name: string) =>
  new ApiError("conflict", `A process named "${name}" already exists`, [
    { path: "name", message: "another process has this name" },
  ]);

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
  try {
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
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      throw duplicateName(input.name);
    throw error;
  }
}

export async function updateProcess(viewer: Viewer, id: string, input: UpdateProcessInput): Promise<ProcessJson> {
  assertManager(viewer);
  await assertHandoffUser(viewer, input.handoffUserId);
  try {
    const { count } = await db.process.updateMany({
      where: { id, organizationId: viewer.organizationId },
      data: data(input),
    });
    if (count === 0) throw notFound();
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      throw duplicateName(input.name ?? "");
    throw error;
  }
  return getProcess(viewer, id);
}

/** Removes it; conversations that followed it stop their autopilot (nothing left to follow). */
export async function deleteProcess(viewer: Viewer, id: string) {
  assertManager(viewer);
  await db.$transaction(async (tx) => {
    const { count } = await tx.process.deleteMany({ where: { id, organizationId: viewer.organizationId } });
    if (count === 0) throw notFound();
    await tx.$executeRaw`UPDATE "Conversation" SET process = NULL, "isAutopilot" = false, version = version + 1,
      "updatedAt" = now() WHERE "organizationId" = ${viewer.organizationId} AND process = ${id}`;
  });
}
