// Prints the OpenAPI document (what GET /api/openapi.json answers): `npm run openapi > openapi.json`.
import { openApiDocument } from "@/lib/openapi/document";

process.stdout.write(`${JSON.stringify(openApiDocument(), null, 2)}\n`);
