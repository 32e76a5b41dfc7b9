import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { databaseUrl, env } from "@/lib/env";
import { PrismaClient } from "@/lib/generated/prisma/client";

// One connection pool per process, shared by Prisma (model queries) and by the hand-written SQL of
// the hot paths (lib/db/sql.ts), reused across hot reloads in development.
const globalForDb = globalThis as unknown as { pool?: pg.Pool; prisma?: PrismaClient };

export function pool(): pg.Pool {
  // JIT compilation off for our connections: PostgreSQL compiles any plan it costs above 100,000
  // (a search or a report on a large table), which took 75 ms of a 78 ms search at 2,000,000
  // conversations, and more under load; our statements are short and never repay it.
  globalForDb.pool ??= new pg.Pool({
    connectionString: databaseUrl(),
    max: env().DATABASE_POOL_MAX,
    options: "-c jit=off",
  });
  return globalForDb.pool;
}

function client(): PrismaClient {
  globalForDb.prisma ??= new PrismaClient({ adapter: new PrismaPg(pool()) });
  return globalForDb.prisma;
}

// Created on first use rather than at import, so that `next build` (which imports route modules
// without a database) never needs DATABASE_URL.
export const db = new Proxy({} as PrismaClient, {
  get: (_target, property) => Reflect.get(client(), property),
});
