import type { NextRequest } from "next/server";
import { authenticatedRoute } from "@/lib/http/api-route";
import { json, methodNotAllowed } from "@/lib/http/responses";
import { organizationForInboundSecret, receiveInboundMessage } from "@/lib/services/receive-inbound";
import { inboundMessageInput } from "@/lib/validation/inbox";

// A channel provider delivers a contact's message: Authorization: Bearer <organization's inbound secret>.
const organizationOf = (request: NextRequest) =>
  organizationForInboundSecret(/^Bearer +(\S+) *$/i.exec(request.headers.get("authorization") ?? "")?.[1] ?? null);

export const POST = authenticatedRoute({ input: inboundMessageInput }, organizationOf, async ({ auth, input }) =>
  json({ data: await receiveInboundMessage(auth.id, input) }, 201),
);

export const GET = methodNotAllowed(["POST"]);
export const PUT = GET;
export const PATCH = GET;
export const DELETE = GET;
