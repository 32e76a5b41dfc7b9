import { once } from "node:events";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

// A fake of an OpenAI-compatible chat completions server, as OpenAI documents the API (and Ollama,
// vLLM and llama.cpp's server copy it): POST {base}/chat/completions with a Bearer key, a body of
// { model, messages, tools, tool_choice, max_tokens }, answered with { id, object:
// "chat.completion", created, model, choices: [{ index, message: { role, content, tool_calls },
// finish_reason }], usage: { prompt_tokens, completion_tokens, total_tokens } }; errors as
// { error: { message, type, code } } with their status, 429 with Retry-After. Started by a test on
// loopback; what it answers is up to the test (`answer`), what it was asked is kept (`requests`).

export type ChatRequest = {
  model: string;
  messages: { role: string; content: string | null }[];
  tools?: { type: string; function: { name: string; description?: string; parameters: Record<string, unknown> } }[];
  tool_choice?: unknown;
  max_tokens?: number;
};

export type ToolCall = { name: string; arguments: unknown };

/** What the fake answers one request with. */
export type Answer =
  | { content?: string | null; toolCalls?: ToolCall[]; finishReason?: string; usage?: { in: number; out: number } }
  | { status: number; message: string; retryAfter?: number };

export type FakeModel = Awaited<ReturnType<typeof startFakeModel>>;

export async function startFakeModel(options: { apiKey?: string } = {}) {
  const requests: ChatRequest[] = [];
  const queued: ((request: ChatRequest) => Answer | Promise<Answer>)[] = [];
  /** Answers once no queued answer is left: a reply (by the reply tool, when offered) that repeats
   *  the contact's last message. */
  let fallback: (request: ChatRequest) => Answer = (request) => {
    const last = [...request.messages].reverse().find((m) => m.role === "user");
    const tools = request.tools?.map((tool) => tool.function.name) ?? [];
    if (tools.includes("reply"))
      return { toolCalls: [{ name: "reply", arguments: { text: `You said: ${last?.content ?? ""}` } }] };
    // Another tool alone (Settings → AI's connection test): it is called.
    if (tools[0]) return { toolCalls: [{ name: tools[0], arguments: { word: "OK" } }] };
    return { content: `You said: ${last?.content ?? ""}` };
  };

  const send = (response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    response.writeHead(status, { "content-type": "application/json", ...headers });
    response.end(JSON.stringify(body));
  };

  const server = createServer(async (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? "/", "http://fake-model");
    if (request.method !== "POST" || url.pathname !== "/v1/chat/completions") {
      return send(response, 404, { error: { message: "Not found", type: "invalid_request_error", code: null } });
    }
    if (options.apiKey && request.headers.authorization !== `Bearer ${options.apiKey}`) {
      return send(response, 401, {
        error: { message: "Incorrect API key provided", type: "invalid_request_error", code: "invalid_api_key" },
      });
    }
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    let body: ChatRequest;
    try {
      body = JSON.parse(Buffer.concat(chunks).toString("utf8"));
    } catch {
      return send(response, 400, { error: { message: "Invalid JSON", type: "invalid_request_error", code: null } });
    }
    requests.push(body);
    const answer = await (queued.shift() ?? fallback)(body);
    if ("status" in answer) {
      const headers: Record<string, string> = answer.retryAfter ? { "retry-after": String(answer.retryAfter) } : {};
      const type = answer.status === 429 ? "rate_limit_exceeded" : "server_error";
      return send(response, answer.status, { error: { message: answer.message, type, code: null } }, headers);
    }
    const toolCalls = (answer.toolCalls ?? []).map((call, index) => ({
      id: `call_${requests.length}_${index}`,
      type: "function",
      function: {
        name: call.name,
        arguments: typeof call.arguments === "string" ? call.arguments : JSON.stringify(call.arguments),
      },
    }));
    send(response, 200, {
      id: `chatcmpl-${requests.length}`,
      object: "chat.completion",
      created: Math.floor(Date.now() / 1000),
      model: body.model,
      choices: [
        {
          index: 0,
          message: {
            role: "assistant",
            content: answer.content ?? null,
            ...(toolCalls.length && { tool_calls: toolCalls }),
          },
          finish_reason: answer.finishReason ?? (toolCalls.length ? "tool_calls" : "stop"),
        },
      ],
      usage: {
        prompt_tokens: answer.usage?.in ?? 100,
        completion_tokens: answer.usage?.out ?? 20,
        total_tokens: (answer.usage?.in ?? 100) + (answer.usage?.out ?? 20),
      },
    });
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const port = (server.address() as AddressInfo).port;

  return {
    /** The base URL a provider is configured with, as for OpenAI's `https://api.openai.com/v1`. */
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    /** The next request's answer (then the next's, …). */
    answer(...answers: (Answer | ((request: ChatRequest) => Answer | Promise<Answer>))[]) {
      for (const answer of answers) queued.push(typeof answer === "function" ? answer : () => answer);
    },
    /** Answers once nothing is queued. */
    setFallback(answer: (request: ChatRequest) => Answer) {
      fallback = answer;
    },
    /** The next request is never answered (its caller is killed meanwhile); resolves when it arrives. */
    holdNext(): Promise<void> {
      return new Promise((resolve) => {
        queued.push(() => {
          resolve();
          return new Promise<Answer>(() => {});
        });
      });
    },
    reset() {
      requests.length = 0;
      queued.length = 0;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
