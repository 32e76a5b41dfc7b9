import { json } from "@/lib/http/responses";

// Unknown API paths answer JSON, not the HTML 404 page.
const notFound = () => json({ message: "No such API endpoint" }, 404);

export const GET = notFound;
export const POST = notFound;
export const PUT = notFound;
export const PATCH = notFound;
export const DELETE = notFound;
