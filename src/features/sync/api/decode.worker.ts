import { decodeStreams } from "@/domain/events/decode";

type Request = { id: number; streams: Parameters<typeof decodeStreams>[0] };

// Decoding tens of thousands of logs takes hundreds of ms; here it does not freeze the page.
self.onmessage = (e: MessageEvent<Request>) => {
  postMessage({ id: e.data.id, result: decodeStreams(e.data.streams) });
};
