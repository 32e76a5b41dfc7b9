// One load run, in its own process so the load generator does not share an event loop with what
// it measures: `node --import tsx bench/load.ts '<json options>'` prints autocannon's summary as
// JSON. With `perConnection`, each connection works on its own conversation ({id} in path/body).
import autocannon from "autocannon";

type Step = { method: "PUT" | "POST"; path: string; body: string };
const { perConnection, ...options } = JSON.parse(process.argv[2] ?? "{}") as {
  perConnection?: { conversationIds: string[]; steps: Step[] };
} & autocannon.Options;

if (perConnection) {
  let next = 0;
  options.requests = perConnection.steps.map((step) => ({
    method: step.method,
    setupRequest: (request: autocannon.Request, context: { id?: string }) => {
      context.id ??= perConnection.conversationIds[next++ % perConnection.conversationIds.length];
      const id = context.id as string;
      return { ...request, path: step.path.replaceAll("{id}", id), body: step.body.replaceAll("{id}", id) };
    },
  })) as autocannon.Request[];
}

const result = await autocannon({
  ...options,
  renderProgressBar: false,
  renderResultsTable: false,
} as autocannon.Options);
console.log(
  JSON.stringify({
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    sent: result.requests.sent,
    ok: result["2xx"],
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  }),
);
