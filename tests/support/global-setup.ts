import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { migrate } from "@/lib/db/migrate";
import { configuredTestServer, createTestDatabase } from "@/lib/db/test-database";

// One throwaway database per `vitest run`, migrated with the project's own runner. Test workers
// are started after this and inherit the environment set here.
export default async function setup() {
  const server = configuredTestServer();
  const database = await createTestDatabase(server);
  await migrate(database.url);
  // Recorded before DATABASE_URL is pointed at the new database, for tests that make more.
  process.env.TEST_DATABASE_SERVER = server ?? "";
  process.env.DATABASE_URL = database.url;
  process.env.DATABASE_POOL_MAX = "20";
  process.env.NEXTAUTH_SECRET = "test-secret-test-secret-test-secret-0123";
  process.env.ENCRYPTION_KEY = "test-encryption-key-test-encryption-key";
  process.env.TEST_EMBEDDED = database.embedded ? "1" : "0";
  // Uploaded files in a folder of this run's, removed with its database.
  const uploads = mkdtempSync(path.join(tmpdir(), "inbox-test-uploads-"));
  process.env.UPLOADS_DIR = uploads;
  // Providers' APIs on loopback, where nothing listens (a test that talks to one starts its fake and
  // points these at it): connecting a channel calls its provider, and no test may leave this machine.
  process.env.TWILIO_API_BASE ??= "http://127.0.0.1:2";
  process.env.GRAPH_API_BASE ??= "http://127.0.0.1:2/v21.0";
  // A line per request drowns the runner's own report; LOG_LEVEL=info brings them back.
  process.env.LOG_LEVEL ??= "warn";
  console.log(
    `tests run on ${database.embedded ? "the embedded PostgreSQL" : "PostgreSQL"} (${database.url.replace(/:[^:@/]*@/, ":***@")})`,
  );
  return async () => {
    rmSync(uploads, { recursive: true, force: true });
    await database.drop();
  };
}
