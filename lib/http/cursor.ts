import { ApiError } from "@/lib/http/api-error";
import { OBJECT_ID_PATTERN } from "@/lib/ids";

// Keyset cursors: the sort key of the last row served (a time and an id), opaque to clients.

export type Cursor = { time: Date; id: string };

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(`${cursor.time.getTime()}.${cursor.id}`).toString("base64url");
}

export function decodeCursor(value: string): Cursor {
  const [millis, id] = Buffer.from(value, "base64url").toString("utf8").split(".");
  const time = new Date(Number(millis));
  if (!id || !OBJECT_ID_PATTERN.test(id) || !/^\d{1,15}$/.test(millis ?? "") || Number.isNaN(time.getTime())) {
    throw new ApiError("bad_request", "cursor: not a cursor this endpoint returned", [
      { path: "cursor", message: "not a cursor this endpoint returned" },
    ]);
  }
  return { time, id };
}
