import { methods } from "@/lib/http/methods";
import { json } from "@/lib/http/responses";
import { openApiDocument } from "@/lib/openapi/document";

// The API's OpenAPI 3.1 document, for anyone: it describes the API, never an organization's data.
export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: async () => json(openApiDocument(), 200, { "cache-control": "public, max-age=300" }),
});
