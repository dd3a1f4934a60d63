import { decodeStreams } from "@/domain/events/decode";

type Streams = Parameters<typeof decodeStreams>[0];
type Result = ReturnType<typeof decodeStreams>;

/** Below this many logs decoding takes well under 100 ms on the main thread (see bench/RESULTS.md). */
const WORKER_FROM = 3_000;
let worker: Worker | null = null;
let nextId = 0;
const pending = new Map<number, (r: Result) => void>();

function getWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL("./decode.worker.ts", import.meta.url), { type: "module" });
    worker.onmessage = (e: MessageEvent<{ id: number; result: Result }>) => {
      pending.get(e.data.id)?.(e.data.result);
      pending.delete(e.data.id);
    };
  }
  return worker;
}

/** Decodes streams in a Web Worker when the history is large (bigints survive structured clone);
 * small histories, and places without workers (tests, node), decode inline. */
export function decodeOffThread(streams: Streams): Promise<Result> {
  const total = streams.reduce((n, s) => n + s.logs.length, 0);
  if (total < WORKER_FROM || typeof Worker === "undefined") return Promise.resolve(decodeStreams(streams));
  const id = nextId++;
  return new Promise((resolve, reject) => {
    const w = getWorker();
    pending.set(id, resolve);
    w.onerror = (e) => {
      pending.delete(id);
      reject(new Error(`log decoding failed: ${e.message}`));
    };
    w.postMessage({ id, streams });
  });
}
