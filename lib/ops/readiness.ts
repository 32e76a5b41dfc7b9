import "server-only";
import { readMigrations } from "@/lib/db/migrate";
import { query } from "@/lib/db/sql";
import { Prisma } from "@/lib/generated/prisma/client";

// Readiness for a load balancer: the database answers, and every migration this build ships has
// been applied to it. Details stay in the server's log, not in the answer.

const CHECK_TIMEOUT_MS = 2000;
let shipped: Promise<string[]> | undefined;

export async function isReady(): Promise<boolean> {
  shipped ??= readMigrations().then((migrations) => migrations.map((m) => m.name));
  const names = await shipped;
  const check = query<{ missing: number }>(Prisma.sql`
    SELECT count(*)::int AS missing FROM unnest(${names}::text[]) name
    WHERE NOT EXISTS (SELECT 1 FROM "_prisma_migrations" m
                      WHERE m.migration_name = name AND m.finished_at IS NOT NULL AND m.rolled_back_at IS NULL)`);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("the readiness check timed out")), CHECK_TIMEOUT_MS);
  });
  try {
    const [row] = await Promise.race([check, timeout]);
    return row?.missing === 0;
  } finally {
    clearTimeout(timer);
  }
}
