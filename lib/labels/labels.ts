import "server-only";
import { canSeeWholeOrganization, type Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db/client";
import { type Queryable, query } from "@/lib/db/sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { ApiError } from "@/lib/http/api-error";
import type { LabelJson } from "./json";
import { MAX_LABELS } from "./palette";
import type { CreateLabelInput } from "./schemas";

// An organization's labels: everyone in it reads them and puts them on the conversations they may
// read; managers and admins make, rename, recolour and delete them. Another organization's label
// is "not found".

const notFound = () => new ApiError("not_found", "Label not found");

function assertManager(viewer: Viewer) {
  if (!canSeeWholeOrganization(viewer)) throw new ApiError("forbidden", "Only managers and admins can manage labels");
}

const labelsSql = (where: Prisma.Sql, counts = false) => Prisma.sql`
  SELECT l.id AS "_id", l.name, l.color,
    ${counts ? Prisma.sql`(SELECT count(*)::int FROM "ConversationLabel" cl WHERE cl."labelId" = l.id) AS "conversationCount",` : Prisma.empty}
    to_char(l."createdAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "createdAt",
    to_char(l."updatedAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "updatedAt"
  FROM "Label" l WHERE ${where} ORDER BY lower(l.name), l.id`;

/** The organization's labels, by name; with `counts`, how many conversations carry each. */
export async function listLabels(viewer: Viewer, counts = false): Promise<LabelJson[]> {
  return query<LabelJson>(labelsSql(Prisma.sql`l."organizationId" = ${viewer.organizationId}`, counts));
}

async function labelJson(id: string): Promise<LabelJson> {
  const [label] = await query<LabelJson>(labelsSql(Prisma.sql`l.id = ${id}`));
  if (!label) throw notFound();
  return label;
}

export async function createLabel(viewer: Viewer, input: CreateLabelInput): Promise<LabelJson> {
  assertManager(viewer);
  const count = await db.label.count({ where: { organizationId: viewer.organizationId } });
  if (count >= MAX_LABELS) throw new ApiError("conflict", `An organization may have at most ${MAX_LABELS} labels`);
  const label = await db.label.create({ data: { ...input, organizationId: viewer.organizationId } });
  return labelJson(label.id);
}

export async function updateLabel(viewer: Viewer, id: string, input: Partial<CreateLabelInput>): Promise<LabelJson> {
  assertManager(viewer);
  const { count } = await db.label.updateMany({ where: { id, organizationId: viewer.organizationId }, data: input });
  if (count === 0) throw notFound();
  return labelJson(id);
}

/** Deletes the label; the conversations that carried it lose it (each a change event). */
export async function deleteLabel(viewer: Viewer, id: string) {
  assertManager(viewer);
  const { count } = await db.label.deleteMany({ where: { id, organizationId: viewer.organizationId } });
  if (count === 0) throw notFound();
}

/** A 400 naming each of `labelIds` that is not one of the viewer's organization's labels. */
export async function assertOwnLabels(viewer: Viewer, labelIds: string[], on?: Queryable) {
  if (labelIds.length === 0) return;
  const own = await query<{ id: string }>(
    Prisma.sql`SELECT id FROM "Label" WHERE id = ANY(${labelIds}::char(24)[]) AND "organizationId" = ${viewer.organizationId}`,
    on,
  );
  const known = new Set(own.map((row) => row.id));
  const errors = labelIds.flatMap((id, index) =>
    known.has(id) ? [] : [{ path: `labelIds.${index}`, message: "no such label in your organization" }],
  );
  const [first] = errors;
  if (first) throw new ApiError("bad_request", `${first.path}: ${first.message}`, errors);
}
