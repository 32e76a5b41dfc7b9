// `npm run bench:data -- --database <url> [--scale 1]`: fills an empty database with the benchmark's
// dataset (migrating it first). `npm run bench` does this itself when it needs to.
import { parseArgs } from "node:util";
import { migrate } from "@/lib/db/migrate";
import { generateDataset, scaledSize } from "./dataset";

const { values } = parseArgs({ options: { database: { type: "string" }, scale: { type: "string", default: "1" } } });
if (!values.database) {
  console.error("usage: npm run bench:data -- --database postgresql://… [--scale 1]");
  process.exit(2);
}
await migrate(values.database);
const started = performance.now();
await generateDataset(values.database, scaledSize(Number(values.scale)), (line) => console.log(line));
console.log(`done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
