import { decodeStreams } from "@/domain/events/decode";
import { perfMark } from "@/lib/perf-mark";
import { createDecodeClient, type DecodeResult, type DecodeStreams, type WorkerLike } from "./decode-client";
import { decodeInSlices } from "./decode-slices";

/** Below this many logs decoding takes well under 100 ms on the main thread (see bench/RESULTS.md). */
const WORKER_FROM = 3_000;

let client: ReturnType<typeof createDecodeClient> | null = null;
const decodeWorker = (): WorkerLike =>
  new Worker(new URL("./decode.worker.ts", import.meta.url), { type: "module" });

/** Decodes streams in a Web Worker when the history is large (bigints survive structured clone), in slices so
 * that no message's clone blocks the page;
 * small histories, and places without workers (tests, node), decode inline. */
export function decodeOffThread(streams: DecodeStreams): Promise<DecodeResult> {
  const total = streams.reduce((n, s) => n + s.logs.length, 0);
  if (total < WORKER_FROM || typeof Worker === "undefined") return Promise.resolve(decodeStreams(streams));
  client ??= createDecodeClient(decodeWorker);
  const c = client;
  perfMark("decode:start");
  return decodeInSlices((part) => c.decode(part), streams).finally(() => perfMark("decode:end"));
}
