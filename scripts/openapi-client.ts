// Writes the typed client's declarations (clients/typescript/api.d.ts) from the OpenAPI document.
import { writeFileSync } from "node:fs";
import { CLIENT_TYPES_FILE, clientTypes } from "@/lib/openapi/client-types";

writeFileSync(CLIENT_TYPES_FILE, await clientTypes());
console.log(`wrote ${CLIENT_TYPES_FILE}`);
