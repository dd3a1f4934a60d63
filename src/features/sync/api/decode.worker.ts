import { decodeStreams } from "@/domain/events/decode";
import { packEvents } from "@/domain/events/wire-events";
import { unpackRawLogs } from "@/domain/events/wire-logs";
import type { DecodeReply, DecodeRequest } from "./decode-client";

// Decoding tens of thousands of logs takes hundreds of ms; here it does not freeze the page. A request that
// throws is answered with its error, so it fails alone instead of stopping the worker for every caller.
// Logs arrive packed and events leave packed: the main thread's share of a request is then two buffers
// copied, not an object graph cloned each way.
self.onmessage = (e: MessageEvent<DecodeRequest>) => {
  let reply: DecodeReply;
  const transfer: Transferable[] = [];
  try {
    const streams = e.data.streams.map((s) => ({
      logs: unpackRawLogs(s.logs),
      finalizedCount: s.finalizedCount,
    }));
    const { events, undecodable } = decodeStreams(streams);
    const packed = packEvents(events);
    if (packed) transfer.push(packed.nums.buffer);
    reply = { id: e.data.id, result: { events: packed ?? events, undecodable } };
  } catch (error) {
    reply = { id: e.data.id, error: error instanceof Error ? error.message : String(error) };
  }
  postMessage(reply, { transfer });
};
