import "server-only";
import { assertAdmin, entriesSql } from "@/lib/activity/audit";
import { type AuditEntry, type AuditQuery, activityLine } from "@/lib/activity/schemas";
import type { Viewer } from "@/lib/auth/viewer";
import { query } from "@/lib/db/sql";
import { csvLine } from "@/lib/exports/csv";
import { inFlightLimit } from "@/lib/http/in-flight";
import { download, streamedBody } from "@/lib/http/responses";

// The audit log as CSV: every entry the filters select, newest first, with the line in words beside
// its fields; streamed a batch at a time (keyset by id), two downloads at a time per person.

const BATCH = 1000;
const running = inFlightLimit("audit exports", () => 2);

/** Every entry that matches, as CSV (a line in words beside the fields), newest first. */
export async function auditCsv(viewer: Viewer, filters: AuditQuery, signal: AbortSignal): Promise<Response> {
  assertAdmin(viewer);
  const done = running.acquire(viewer.userId);
  const body = streamedBody({ chunks: csvChunks(viewer, filters), done, signal, what: "the audit log" });
  return download(body, "text/csv; charset=utf-8", "audit-log.csv");
}

async function* csvChunks(viewer: Viewer, filters: AuditQuery) {
  yield csvLine(["id", "at", "kind", "what", "actor", "subject", "automation", "conversation", "detail"]);
  let after = filters.cursor ?? null;
  for (;;) {
    const rows = await query<AuditEntry>(entriesSql(viewer, filters, after, BATCH));
    if (rows.length === 0) return;
    yield rows
      .map((entry) =>
        csvLine([
          entry._id,
          entry.createdAt,
          entry.kind,
          activityLine(entry),
          entry.actor?.fullName ?? "",
          entry.subject?.fullName ?? "",
          entry.automation?.name ?? "",
          entry.conversationId ?? "",
          JSON.stringify(entry.detail),
        ]),
      )
      .join("");
    if (rows.length < BATCH) return;
    after = rows.at(-1)?._id ?? null;
  }
}
