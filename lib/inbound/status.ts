import "server-only";
import { execute } from "@/lib/db/sql";
import { Prisma } from "@/lib/generated/prisma/client";

// Delivery reports from providers move an outgoing message's status forward only (a late "sent"
// after "delivered" changes nothing; "failed" is final), and only within the reporting
// connection's organization.

const ORDER = Prisma.sql`ARRAY['queued','sent','delivered','read']::"MessageStatus"[]`;

/** `which` selects messages `m` joined to their conversation `c`. Returns how many moved. */
export function advanceStatus(options: {
  organizationId: string;
  which: Prisma.Sql;
  status: "sent" | "delivered" | "read" | "failed";
  /** For "failed": the provider's reason, shown in the timeline. */
  failureReason?: string;
}) {
  const { organizationId, which, status, failureReason } = options;
  return execute(Prisma.sql`
    UPDATE "Message" m SET status = ${status}::"MessageStatus",
      "failureReason" = ${status === "failed" ? (failureReason ?? null) : null}
    FROM "Conversation" c
    WHERE c.id = m."conversationId" AND c."organizationId" = ${organizationId} AND NOT m."isIncoming"
      AND (${which})
      AND m.status <> 'failed'
      AND array_position(${ORDER}, m.status) < coalesce(array_position(${ORDER}, ${status}::"MessageStatus"), 99)`);
}
