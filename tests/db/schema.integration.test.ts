import { readFile } from "node:fs/promises";
import { get_dmmf } from "@prisma/prisma-schema-wasm";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrate, readMigrations } from "@/lib/db/migrate";
import { createTestDatabase, type TestDatabase } from "@/lib/db/test-database";

// The migrations, applied by our runner to an empty database, produce exactly what schema.prisma
// describes: every model, column, type, nullability, default, index and foreign key. Prisma's own
// parser (its WebAssembly build) reads the schema, so nothing here restates it by hand. Only the
// public schema is ours: pg-boss keeps its job queue in its own ("pgboss").

type Field = {
  name: string;
  kind: "scalar" | "object" | "enum";
  type: string;
  isList: boolean;
  isRequired: boolean;
  hasDefaultValue: boolean;
  nativeType?: [string, string[]] | null;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
  relationName?: string;
};
type Model = { name: string; dbName: string | null; fields: Field[] };
type Index = {
  model: string;
  type: "id" | "unique" | "normal";
  dbName?: string;
  fields: { name: string; sortOrder?: "asc" | "desc" }[];
};
type Dmmf = { datamodel: { models: Model[]; enums: { name: string; values: { name: string }[] }[]; indexes: Index[] } };

let database: TestDatabase;
let client: pg.Client;
let dmmf: Dmmf;
let schemaText: string;

beforeAll(async () => {
  database = await createTestDatabase();
  await migrate(database.url);
  client = new pg.Client({ connectionString: database.url });
  await client.connect();
  schemaText = await readFile("prisma/schema.prisma", "utf8");
  dmmf = JSON.parse(get_dmmf(JSON.stringify({ prismaSchema: schemaText })));
});

afterAll(async () => {
  await client.end();
  await database.drop();
});

const query = async <T extends pg.QueryResultRow>(sql: string) => (await client.query<T>(sql)).rows;

function expectedColumnType(field: Field, enums: Set<string>): string {
  const native = field.nativeType;
  let base: string;
  if (field.kind === "enum" || enums.has(field.type)) base = field.type;
  else if (native) base = `${native[0].toLowerCase()}${native[1].length ? `(${native[1].join(",")})` : ""}`;
  else
    base = (
      {
        String: "text",
        Int: "integer",
        Boolean: "boolean",
        DateTime: "timestamp(3)",
        Json: "jsonb",
        BigInt: "bigint",
        Float: "double precision",
      } as Record<string, string>
    )[field.type]!;
  base = base
    .replace(/^char\((\d+)\)$/, "character($1)")
    .replace(/^timestamptz\((\d)\)$/, "timestamp($1) with time zone");
  if (base === "timestamp(3)") base = "timestamp(3) without time zone";
  return field.isList ? `${base}[]` : base;
}

/** Columns of types Prisma does not model (`Unsupported("tsvector")`): its DMMF leaves them out, so
 *  they are read from the schema's text, as partial indexes' predicates are. */
function unsupportedColumns() {
  const tableOf = new Map(dmmf.datamodel.models.map((m) => [m.name, m.dbName ?? m.name]));
  return [...schemaText.matchAll(/^model (\w+) \{([\s\S]*?)^\}/gm)].flatMap(([, model, body]) =>
    [...body!.matchAll(/^\s+(\w+)\s+Unsupported\("([^"]+)"\)(\?)?(.*)$/gm)].map(([, column, type, optional, rest]) => ({
      table: tableOf.get(model!)!,
      column: column!,
      type: type!,
      nullable: optional === "?",
      has_default: rest!.includes("@default("),
    })),
  );
}

describe("migrated database matches prisma/schema.prisma", () => {
  it("has exactly the schema's tables and enums", async () => {
    const tables = await query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`,
    );
    expect(tables.map((t) => t.table_name).sort()).toEqual(dmmf.datamodel.models.map((m) => m.dbName ?? m.name).sort());

    const enums = await query<{ name: string; values: string[] }>(
      `SELECT t.typname AS name, array_agg(e.enumlabel ORDER BY e.enumsortorder)::text[] AS values
       FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
       WHERE n.nspname = 'public' GROUP BY t.typname`,
    );
    expect(Object.fromEntries(enums.map((e) => [e.name, e.values]))).toEqual(
      Object.fromEntries(dmmf.datamodel.enums.map((e) => [e.name, e.values.map((v) => v.name)])),
    );
  });

  it("has every column with its type, nullability and default", async () => {
    const enumNames = new Set(dmmf.datamodel.enums.map((e) => e.name));
    const columns = await query<{
      table: string;
      column: string;
      type: string;
      nullable: boolean;
      has_default: boolean;
    }>(
      `SELECT c.relname AS table, a.attname AS column, format_type(a.atttypid, a.atttypmod) AS type,
              NOT a.attnotnull AS nullable, a.atthasdef AS has_default
       FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
         AND c.relname <> '_prisma_migrations'`,
    );
    const actual = columns.map((c) => ({ ...c, type: c.type.replaceAll('"', "") })).sort(byTableColumn);
    const expected = dmmf.datamodel.models
      .flatMap((model) =>
        model.fields
          .filter((f) => f.kind !== "object")
          .map((f) => ({
            table: model.dbName ?? model.name,
            column: f.name,
            type: expectedColumnType(f, enumNames),
            // Prisma never puts NOT NULL on scalar lists.
            nullable: f.isList || !f.isRequired,
            has_default: f.hasDefaultValue,
          })),
      )
      .concat(unsupportedColumns())
      .sort(byTableColumn);
    expect(actual).toEqual(expected);
  });

  it("has every primary key, unique, plain and partial index, with column order, direction and predicate", async () => {
    const indexes = await query<{
      table: string;
      unique: boolean;
      primary: boolean;
      columns: string[];
      included: string[] | null;
      predicate: string | null;
    }>(
      `SELECT t.relname AS table, ix.indisunique AS unique, ix.indisprimary AS primary,
              pg_get_expr(ix.indpred, ix.indrelid) AS predicate,
              array_agg(a.attname || CASE WHEN ix.indoption[k.ord - 1] & 1 = 1 THEN ' desc' ELSE '' END ORDER BY k.ord)
                FILTER (WHERE k.ord <= ix.indnkeyatts)::text[] AS columns,
              array_agg(a.attname ORDER BY k.ord) FILTER (WHERE k.ord > ix.indnkeyatts)::text[] AS included
       FROM pg_index ix
       JOIN pg_class t ON t.oid = ix.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace
       CROSS JOIN LATERAL unnest(ix.indkey) WITH ORDINALITY AS k(attnum, ord)
       JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
       WHERE n.nspname = 'public' AND t.relname <> '_prisma_migrations'
       GROUP BY t.relname, ix.indexrelid, ix.indisunique, ix.indisprimary, ix.indpred, ix.indrelid, ix.indnkeyatts`,
    );
    const normalise = (predicate: string) => withoutOuterParentheses(predicate).replace(/\s+/g, " ");
    const indexLabel = (
      table: string,
      kind: string,
      columns: string[],
      predicate?: string | null,
      included?: string[] | null,
    ) =>
      `${table} ${kind} (${columns.join(", ")})${included?.length ? ` include (${included.join(", ")})` : ""}${
        predicate ? ` where ${normalise(predicate)}` : ""
      }`;
    const actual = indexes
      .map((i) =>
        indexLabel(i.table, i.primary ? "id" : i.unique ? "unique" : "normal", i.columns, i.predicate, i.included),
      )
      .sort();
    // Prisma's DMMF leaves out partial indexes' predicates: read them from the schema's text.
    const predicates = new Map(
      [...schemaText.matchAll(/map: "([^"]+)", where: raw\("((?:[^"\\]|\\.)*)"\)/g)].map((m) => [
        m[1],
        m[2]!.replaceAll('\\"', '"'),
      ]),
    );
    // Nor can it say a covering index's INCLUDE columns: the index's line ends in `// include: a, b`.
    const includes = new Map(
      [...schemaText.matchAll(/map: "([^"]+)".*\/\/ include: ([\w, ]+)$/gm)].map((m) => [m[1], m[2]!.split(/,\s*/)]),
    );
    const tableOf = new Map(dmmf.datamodel.models.map((m) => [m.name, m.dbName ?? m.name]));
    const expected = dmmf.datamodel.indexes
      .map((i) =>
        indexLabel(
          tableOf.get(i.model)!,
          i.type,
          i.fields.map((f) => (f.sortOrder === "desc" ? `${f.name} desc` : f.name)),
          i.dbName ? predicates.get(i.dbName) : undefined,
          i.dbName ? includes.get(i.dbName) : undefined,
        ),
      )
      .sort();
    expect(actual).toEqual(expected);
  });

  it("has every foreign key with its columns and delete rule", async () => {
    const keys = await query<{
      table: string;
      columns: string[];
      target: string;
      target_columns: string[];
      on_delete: string;
    }>(
      `SELECT c.conrelid::regclass::text AS table, c.confrelid::regclass::text AS target,
              (SELECT array_agg(attname ORDER BY k.ord)::text[] FROM unnest(c.conkey) WITH ORDINALITY k(n, ord)
                 JOIN pg_attribute ON attrelid = c.conrelid AND attnum = k.n) AS columns,
              (SELECT array_agg(attname ORDER BY k.ord)::text[] FROM unnest(c.confkey) WITH ORDINALITY k(n, ord)
                 JOIN pg_attribute ON attrelid = c.confrelid AND attnum = k.n) AS target_columns,
              CASE c.confdeltype WHEN 'c' THEN 'Cascade' WHEN 'n' THEN 'SetNull' WHEN 'r' THEN 'Restrict'
                                 WHEN 'a' THEN 'NoAction' WHEN 'd' THEN 'SetDefault' END AS on_delete
       FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
       WHERE c.contype = 'f' AND n.nspname = 'public'`,
    );
    const actual = keys
      .map(
        (k) =>
          `${k.table.replaceAll('"', "")}(${k.columns}) -> ${k.target.replaceAll('"', "")}(${k.target_columns}) ${k.on_delete}`,
      )
      .sort();
    const expected = dmmf.datamodel.models
      .flatMap((model) =>
        model.fields
          .filter((f) => f.kind === "object" && f.relationFromFields?.length)
          .map((f) => {
            // Prisma's default for a required relation is Restrict, for an optional one SetNull.
            const onDelete = f.relationOnDelete ?? (f.isRequired ? "Restrict" : "SetNull");
            return `${model.dbName ?? model.name}(${f.relationFromFields}) -> ${f.type}(${f.relationToFields}) ${onDelete}`;
          }),
      )
      .sort();
    expect(actual).toEqual(expected);
  });
});

describe("migration runner", () => {
  it("records each migration as prisma migrate deploy does, and a second run applies nothing", async () => {
    const rows = await query<{
      migration_name: string;
      checksum: string;
      finished_at: Date | null;
      applied_steps_count: number;
    }>(
      `SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    const migrations = await readMigrations();
    expect(rows.map((r) => [r.migration_name, r.checksum, r.applied_steps_count])).toEqual(
      migrations.map((m) => [m.name, m.checksum, 1]),
    );
    for (const row of rows) expect(row.finished_at).toBeInstanceOf(Date);
    expect(await migrate(database.url)).toEqual([]);
  });

  it("applies everything exactly once when two processes migrate one empty database at once", async () => {
    const fresh = await createTestDatabase();
    try {
      const [a, b] = await Promise.all([migrate(fresh.url), migrate(fresh.url)]);
      const migrations = await readMigrations();
      expect([...a, ...b].sort()).toEqual(migrations.map((m) => m.name));
    } finally {
      await fresh.drop();
    }
  });
});

function byTableColumn(a: { table: string; column: string }, b: { table: string; column: string }) {
  return `${a.table}.${a.column}`.localeCompare(`${b.table}.${b.column}`);
}

/** `(a) AND (b)` stays as it is; `((a) AND (b))`, as PostgreSQL prints a predicate, loses its outer pair. */
function withoutOuterParentheses(text: string): string {
  if (!text.startsWith("(") || !text.endsWith(")")) return text;
  let depth = 0;
  for (let i = 0; i < text.length - 1; i++) {
    if (text[i] === "(") depth++;
    else if (text[i] === ")") depth--;
    if (depth === 0) return text; // the first "(" closes before the end: not an outer pair
  }
  return text.slice(1, -1);
}
