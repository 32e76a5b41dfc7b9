import "server-only";
import { execute } from "@/lib/db/sql";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ChannelType } from "@/lib/generated/prisma/enums";

// Delivery reports from providers, for the messages one connection sent. A status only moves
// forward (queued → sent → delivered → read): a late "sent" after "delivered" changes nothing.
// "failed" is taken only before delivery was confirmed: a provider that reported a message
// delivered (or read) and later reports it undelivered contradicts itself, and the confirmation
// stands (docs/api.md, "Delivery statuses"). Nothing moves a failed message but a retry.

export type DeliveryReport = {
  connectionId: string;
  status: "sent" | "delivered" | "read" | "failed";
  /** For "failed": the provider's reason, shown in the timeline. */
  failureReason?: string;
} & (
  | { providerMessageIds: string[] }
  /** Everything this connection sent to `to` up to `until` (Messenger's watermarks). */
  | { to: { organizationId: string; channelType: ChannelType; address: string }; until: Date }
);

const FORWARD = Prisma.sql`ARRAY['queued','sent','delivered','read']::"MessageStatus"[]`;

/** Applies one report; returns how many messages moved. */
export function reportDelivery(report: DeliveryReport) {
  const { connectionId, status } = report;
  const which =
    "providerMessageIds" in report
      ? Prisma.sql`m."providerMessageId" = ANY(${report.providerMessageIds}::text[])`
      : Prisma.sql`m."conversationId" IN (
          SELECT c.id FROM "Conversation" c WHERE c."organizationId" = ${report.to.organizationId}
            AND c."channelType" = ${report.to.channelType}::"ChannelType" AND c."channelIdentifier" = ${report.to.address})
        AND m."createdAt" <= ${report.until}`;
  const allowed =
    status === "failed"
      ? Prisma.sql`m.status IN ('queued', 'sent')`
      : Prisma.sql`array_position(${FORWARD}, m.status) < array_position(${FORWARD}, ${status}::"MessageStatus")`;
  return execute(Prisma.sql`
    UPDATE "Message" m SET status = ${status}::"MessageStatus",
      "failureReason" = ${status === "failed" ? (report.failureReason ?? "Not delivered").slice(0, 500) : null}
    WHERE m."connectionId" = ${connectionId} AND NOT m."isIncoming" AND (${which}) AND ${allowed}`);
}
