import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { readableConversationSql } from "@/lib/conversations/access";
import { query } from "@/lib/db/sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { ApiError } from "@/lib/http/api-error";

// A received email's HTML (sanitised when it was read: lib/channels/email/html.ts) as a document
// of its own, for the inbox's sandboxed frame. Its policy is the second wall: even HTML the
// sanitiser let through runs no script, submits no form, loads no font or sheet, and fetches no
// image from another server until the agent asks (`images`), so a tracking pixel learns nothing.

/** The frame's policy: our own images (inline ones we stored) and data: ones; others' on request. */
const frameCsp = (images: boolean) =>
  [
    "default-src 'none'",
    `img-src 'self' data:${images ? " https: http:" : ""}`,
    "style-src 'unsafe-inline'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'self'",
    // No scripts; links open in a tab of their own. Same origin only so that the inbox can size the frame.
    "sandbox allow-same-origin allow-popups allow-popups-to-escape-sandbox",
  ].join("; ");

export async function emailHtmlResponse(viewer: Viewer, messageId: string, images: boolean): Promise<Response> {
  const [row] = await query<{ html: string }>(Prisma.sql`
    SELECT h.html FROM "MessageHtml" h
    JOIN "Message" m ON m.id = h."messageId" JOIN "Conversation" c ON c.id = m."conversationId"
    WHERE h."messageId" = ${messageId} AND ${readableConversationSql(viewer)}`);
  if (!row) throw new ApiError("not_found", "Message not found");
  const document = `<!doctype html><html><head><meta charset="utf-8"><meta name="referrer" content="no-referrer">
<style>body{margin:0;padding:12px;font:14px/1.5 system-ui,sans-serif;color:#0f172a;overflow-wrap:anywhere}
img{max-width:100%;height:auto}table{max-width:100%}</style></head><body>${row.html}</body></html>`;
  return new Response(document, {
    headers: {
      "content-type": "text/html; charset=utf-8",
      // nosniff, no-referrer and same-origin framing: next.config.js, on every answer of this path.
      "content-security-policy": frameCsp(images),
      "cache-control": "private, no-store",
    },
  });
}
