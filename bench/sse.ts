import type http from "node:http";

// The bench's reader of server-sent events: each frame of a response, with its event name, its
// data (parsed) and when it arrived.

export type Frame = { kind: string; data: unknown; at: number };

export function readFrames(response: http.IncomingMessage, onFrame: (frame: Frame) => void) {
  let buffer = "";
  response.setEncoding("utf8");
  response.on("data", (chunk: string) => {
    const at = performance.now();
    buffer += chunk;
    for (let end = buffer.indexOf("\n\n"); end >= 0; end = buffer.indexOf("\n\n")) {
      const frame = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const kind = /^event: (.*)$/m.exec(frame)?.[1];
      const data = /^data: (.*)$/m.exec(frame)?.[1];
      if (kind) onFrame({ kind, data: data ? JSON.parse(data) : null, at });
    }
  });
}
