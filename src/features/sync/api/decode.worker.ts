import { decodeStreams } from "@/domain/events/decode";
import type { DecodeReply, DecodeStreams } from "./decode-client";

type Request = { id: number; streams: DecodeStreams };

// Decoding tens of thousands of logs takes hundreds of ms; here it does not freeze the page. A request that
// throws is answered with its error, so it fails alone instead of stopping the worker for every caller.
self.onmessage = (e: MessageEvent<Request>) => {
  let reply: DecodeReply;
  try {
    reply = { id: e.data.id, result: decodeStreams(e.data.streams) };
  } catch (error) {
    reply = { id: e.data.id, error: error instanceof Error ? error.message : String(error) };
  }
  postMessage(reply);
};
