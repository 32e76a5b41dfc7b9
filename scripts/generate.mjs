// Generates the Prisma client (lib/generated, not committed). `prisma generate` insists on the
// native schema engine being present although it does not run it; where that engine cannot be
// downloaded (our CI), any executable stands in for it.
import { spawnSync } from "node:child_process";

const env = { ...process.env };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= process.execPath;
const result = spawnSync("prisma", ["generate"], { stdio: "inherit", env, shell: true });
process.exit(result.status ?? 1);
