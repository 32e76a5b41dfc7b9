import "server-only";
import { execute } from "@/lib/db/sql";
import { Prisma } from "@/lib/generated/prisma/client";

// A connection made, changed or removed is announced on PostgreSQL's "connections_changed"
// channel, so that the background readers of every app server (lib/connections/readers.ts) look at
// once instead of at their next check. (Route handlers and the workers may not share modules: the
// database is what they share.)

export const CONNECTIONS_CHANGED = "connections_changed";

export const connectionsChanged = () => execute(Prisma.sql`SELECT pg_notify(${CONNECTIONS_CHANGED}, '')`);
