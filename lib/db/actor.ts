import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

/** Names the person acting for the rest of the transaction: the audit log's triggers record them
 *  as the actor of what it changes (prisma/migrations/…_audit). Run first, in the transaction. */
export const actingAsSql = (userId: string) => Prisma.sql`SELECT set_config('inbox.actor', ${userId}, true)`;
