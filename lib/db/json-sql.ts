import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

// JSON built by PostgreSQL, for answers that go out as the text it returns, without being parsed
// and serialized again in the app. Objects are row_to_json of a one-row subselect whose columns
// are the fields: compact and in the order given, where json_build_object pads every key
// (`"_id" : …`) and jsonb reorders them. Each builder is of type json, so objects nest as they are;
// `asText` turns the outermost into the text to send.

/** An object from its fields' SQL values (text, numbers, booleans, arrays, and json for nesting). */
export function jsonObject(fields: Record<string, Prisma.Sql>): Prisma.Sql {
  const columns = Object.entries(fields).map(([key, value]) => Prisma.sql`${value} AS ${Prisma.raw(`"${key}"`)}`);
  return Prisma.sql`(SELECT row_to_json(j) FROM (SELECT ${Prisma.join(columns, ", ")}) j)`;
}

/** The text of an outermost JSON value, to send as it is. */
export const asText = (json: Prisma.Sql) => Prisma.sql`(${json})::text`;

/** A column or expression of the query, as a field's value. */
export const sqlValue = (expression: string) => Prisma.raw(expression);

/** A timestamptz as JavaScript's Date#toJSON writes it (UTC, milliseconds, "Z"); NULL stays null. */
export const isoDate = (column: string) =>
  Prisma.raw(`to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`);

/** An aggregate: a group's JSON values as one array, in this order (json_agg would pad it too). */
export const jsonArrayAgg = (element: Prisma.Sql, orderBy: string) =>
  Prisma.sql`('[' || COALESCE(string_agg((${element})::text, ',' ORDER BY ${Prisma.raw(orderBy)}), '') || ']')::json`;

/** `json`, or null when `condition` holds (an absent relation). */
export const nullWhen = (condition: string, json: Prisma.Sql) =>
  Prisma.sql`CASE WHEN ${Prisma.raw(condition)} THEN NULL ELSE ${json} END`;
