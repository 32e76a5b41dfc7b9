import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { databaseUrl, env } from "@/lib/env";
import { PrismaClient } from "@/lib/generated/prisma/client";

// One client (and one connection pool) per process, reused across hot reloads in development.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

function client(): PrismaClient {
  globalForPrisma.prisma ??= new PrismaClient({
    adapter: new PrismaPg({ connectionString: databaseUrl(), max: env().DATABASE_POOL_MAX }),
  });
  return globalForPrisma.prisma;
}

// Created on first use rather than at import, so that `next build` (which imports route modules
// without a database) never needs DATABASE_URL.
export const db = new Proxy({} as PrismaClient, {
  get: (_target, property) => Reflect.get(client(), property),
});

export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
