import { decodeStreams } from "@/domain/events/decode";
import { unpackRawLogs } from "@/domain/events/wire-logs";
import type { DecodeReply, DecodeRequest } from "./decode-client";

// Decoding tens of thousands of logs takes hundreds of ms; here it does not freeze the page. A request that
// throws is answered with its error, so it fails alone instead of stopping the worker for every caller.
// Logs arrive packed (the main thread's share of sending them is a join, not an object graph serialized).
self.onmessage = (e: MessageEvent<DecodeRequest>) => {
  let reply: DecodeReply;
  try {
    const streams = e.data.streams.map((s) => ({
      logs: unpackRawLogs(s.logs),
      finalizedCount: s.finalizedCount,
    }));
    reply = { id: e.data.id, result: decodeStreams(streams) };
  } catch (error) {
    reply = { id: e.data.id, error: error instanceof Error ? error.message : String(error) };
  }
  postMessage(reply);
};
