import { answerLogsRequest, type LogsRequest } from "./logs-fetch";

// eth_getLogs answers of up to 10,000 logs (several MB of JSON) are parsed, checked and packed here, so the page's
// main thread neither parses them nor collects the objects a parse leaves behind. Failures come back described.
self.onmessage = (e: MessageEvent<LogsRequest>) => {
  void answerLogsRequest(e.data)
    .catch((error: unknown) => ({
      id: e.data.id,
      failure: { kind: "malformed" as const, reason: error instanceof Error ? error.message : String(error) },
    }))
    .then((reply) => postMessage(reply, { transfer: "packed" in reply ? [reply.packed.nums.buffer] : [] }));
};
