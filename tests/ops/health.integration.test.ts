import { Writable } from "node:stream";
import pg from "pg";
import pino from "pino";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import * as health from "@/app/api/health/route";
import * as ready from "@/app/api/ready/route";
import { pool } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";
import { createTestDatabase } from "@/lib/db/test-database";
import { freePort } from "@/lib/tooling/free-port";
import { conversation } from "../api/routes";
import { callRoute } from "../support/call-route";
import { createOrganization } from "../support/factories";

// Liveness, readiness and the request log: what an operator and a load balancer rely on.

const global = globalThis as unknown as { pool?: pg.Pool; logger?: pino.Logger };
let appPool: pg.Pool;

/** A pool whose server is down: a port nothing listens on. */
const downPool = async () =>
  new pg.Pool({ connectionString: `postgresql://nobody@127.0.0.1:${await freePort()}/none` });

beforeAll(() => {
  appPool = pool();
});

afterEach(() => {
  global.pool = appPool;
  delete global.logger;
});

describe("health and readiness", () => {
  it("answers health without credentials or a database", async () => {
    global.pool = await downPool();
    const response = await callRoute(health.GET, "GET", "/api/health");
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: "ok" });
  });

  it("is ready on a reachable, migrated database", async () => {
    const response = await callRoute(ready.GET, "GET", "/api/ready");
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: "ready" });
  });

  it("is 503, without details, while the database is down", async () => {
    global.pool = await downPool();
    const response = await callRoute(ready.GET, "GET", "/api/ready");
    expect(response.status).toBe(503);
    expect(response.body).toEqual({ status: "unavailable" });
  });

  it("is 503 on a database that lacks a migration this build ships", async () => {
    const fresh = await createTestDatabase();
    try {
      await migrate(fresh.url);
      const client = new pg.Client({ connectionString: fresh.url });
      await client.connect();
      await client.query(
        `DELETE FROM "_prisma_migrations" WHERE migration_name = (SELECT max(migration_name) FROM "_prisma_migrations")`,
      );
      await client.end();
      global.pool = new pg.Pool({ connectionString: fresh.url });
      expect((await callRoute(ready.GET, "GET", "/api/ready")).status).toBe(503);
      await global.pool.end();
    } finally {
      await fresh.drop();
    }
  });
});

describe("the request log", () => {
  function capture() {
    const lines: Record<string, unknown>[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(JSON.parse(String(chunk)));
        done();
      },
    });
    global.logger = pino({ level: "info" }, sink);
    return lines;
  }

  it("logs one line per request with its id, route, status, duration and viewer, never the token", async () => {
    const world = await createOrganization();
    const lines = capture();
    const id = "0123456789abcdef01234567";
    const response = await callRoute(conversation.GET, "GET", `/api/conversation/${id}`, {
      token: world.manager.token,
      params: { id },
      headers: { "x-request-id": "proxy-given-id-1" },
    });
    expect(response.status).toBe(404);
    expect(response.headers.get("x-request-id")).toBe("proxy-given-id-1");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      requestId: "proxy-given-id-1",
      method: "GET",
      route: `/api/conversation/${id}`,
      status: 404,
      viewerId: world.manager.id,
    });
    expect(typeof lines[0]?.durationMs).toBe("number");
    expect(JSON.stringify(lines)).not.toContain(world.manager.token);
  });

  it("logs an unexpected failure once, and gives the client a 500 with the same id", async () => {
    const world = await createOrganization();
    const lines = capture();
    global.pool = await downPool();
    const id = "0123456789abcdef01234567";
    const response = await callRoute(conversation.GET, "GET", `/api/conversation/${id}`, {
      token: world.manager.token,
      params: { id },
    });
    expect(response.status).toBe(500);
    expect(response.body).toEqual({
      message: "Something went wrong on our side. Please try again.",
      requestId: response.headers.get("x-request-id"),
    });
    const errors = lines.filter((line) => line.level === 50);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.requestId).toBe(response.body.requestId);
  });
});
