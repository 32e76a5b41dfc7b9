import openapiTS, { astToString } from "openapi-typescript";
import { openApiDocument } from "@/lib/openapi/document";

/** Where the typed client's declarations live: what integrators in TypeScript import. */
export const CLIENT_TYPES_FILE = "clients/typescript/api.d.ts";

/** The TypeScript declarations openapi-typescript makes of the document (`npm run openapi:client`). */
export async function clientTypes(): Promise<string> {
  const ast = await openapiTS(openApiDocument() as unknown as Parameters<typeof openapiTS>[0]);
  return `// Generated from /api/openapi.json by openapi-typescript (npm run openapi:client). Do not edit.\n\n${astToString(ast)}`;
}
