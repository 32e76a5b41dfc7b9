import { migrate } from "@/lib/db/migrate";
import { createTestDatabase } from "./test-database";

// One throwaway database per `vitest run`, migrated with the project's own runner. Test workers
// are started after this and inherit the environment set here.
export default async function setup() {
  const database = await createTestDatabase();
  await migrate(database.url);
  process.env.DATABASE_URL = database.url;
  process.env.DATABASE_POOL_MAX = database.embedded ? "1" : "20";
  process.env.NEXTAUTH_SECRET = "test-secret-test-secret-test-secret-0123";
  process.env.TEST_EMBEDDED = database.embedded ? "1" : "0";
  console.log(`tests run on ${database.embedded ? "the embedded database (PGlite)" : "PostgreSQL"}`);
  return () => database.drop();
}
