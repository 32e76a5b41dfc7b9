// `npm run db:migrate`: applies pending migrations to DATABASE_URL or the embedded database.
import { withDatabase } from "@/lib/db/local-database";
import { migrate } from "@/lib/db/migrate";

const applied = await withDatabase((url) => migrate(url, (line) => console.log(line)));
console.log(applied.length === 0 ? "Database is up to date." : `Applied ${applied.length} migration(s).`);
