import { answerLogsRequest, type LogsReply } from "@/chain/sync/logs-fetch";
import type { LogsWorkerLike } from "@/chain/sync/logs-off-thread";

/** The logs worker run in this process (node has no Web Worker): each request answered by the worker's own
 * code, its reply structured-cloned as a postMessage would. `fetchFn` stands in for the network if given. */
export function inProcessLogsWorker(fetchFn: typeof fetch = fetch): LogsWorkerLike {
  const w: LogsWorkerLike = {
    onmessage: null,
    onerror: null,
    postMessage(m) {
      void answerLogsRequest(m, fetchFn).then((reply) =>
        w.onmessage?.({ data: structuredClone(reply) } as MessageEvent<LogsReply>),
      );
    },
    terminate() {},
  };
  return w;
}
