// One load run, in its own process so the load generator does not share an event loop with what
// it measures: `node --import tsx bench/load.ts '<json options>'` prints autocannon's summary as
// JSON. With `perConnection`, each connection works on its own conversation ({id} in path/body).
import { randomBytes } from "node:crypto";
import autocannon from "autocannon";
import { twilioSignature } from "@/lib/channels/twilio/signature";

type Step = { method: "PUT" | "POST"; path: string; body: string };
const { perConnection, inbound, webchat, ...options } = JSON.parse(process.argv[2] ?? "{}") as {
  perConnection?: { conversationIds: string[]; steps: Step[] };
  /** Contacts' messages to a webhook, each new (its own message id), from `senders` numbers. */
  inbound?:
    | { kind: "twilio"; signedUrl: string; authToken: string; senders: number }
    | { kind: "generic"; senders: number };
  /** Webchat visitors' messages, each request the next visitor's (their tokens), each a new message. */
  webchat?: { tokens: string[] };
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

/** Every request a POST made anew: `make` gets its number (1, 2, …) and this run's random tag. */
function eachPost(make: (n: number, run: string, request: autocannon.Request) => autocannon.Request) {
  let n = 0;
  const run = randomBytes(4).toString("hex");
  options.requests = [
    { method: "POST", setupRequest: (request: autocannon.Request) => make(++n, run, request) },
  ] as autocannon.Request[];
}

if (inbound) {
  // Signed the way Twilio signs (a fresh signature per request: the MessageSid differs each time).
  eachPost((n, run, request) => {
    const from = `+1555${String(n % inbound.senders).padStart(7, "0")}`;
    if (inbound.kind === "generic") {
      return { ...request, body: JSON.stringify({ channelType: "sms", from, body: `bench inbound ${n}` }) };
    }
    const params = new URLSearchParams({
      MessageSid: `SM${run}${String(n).padStart(24, "0")}`,
      From: from,
      To: "+15550000000",
      Body: `bench inbound ${n}`,
      NumMedia: "0",
    });
    return {
      ...request,
      body: params.toString(),
      headers: {
        ...request.headers,
        "content-type": "application/x-www-form-urlencoded",
        "x-twilio-signature": twilioSignature(inbound.signedUrl, params, inbound.authToken),
      },
    };
  });
}

if (webchat) {
  eachPost((n, run, request) => ({
    ...request,
    headers: { ...request.headers, authorization: `Bearer ${webchat.tokens[n % webchat.tokens.length]}` },
    body: JSON.stringify({ body: `bench webchat ${n}`, clientId: `bench-${run}-${n}` }),
  }));
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
