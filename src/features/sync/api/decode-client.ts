import type { decodeStreams } from "@/domain/events/decode";
import { packRawLogs, type WireLogs } from "@/domain/events/wire-logs";

/** What the decoder sends: the streams to decode. */
export type DecodeStreams = Parameters<typeof decodeStreams>[0];
/** What it answers. */
export type DecodeResult = ReturnType<typeof decodeStreams>;
/** A request as it crosses to the worker: each stream's logs packed (wire-logs.ts); `id` only names it. */
export type DecodeRequest = {
  id: number;
  streams: { id?: string; logs: WireLogs; finalizedCount: number }[];
};
/** A worker's reply: the result, or the error that one request hit. Events come back as objects: rebuilding
 * them from a packed form cost the main thread as much as the structured clone's own deserializing. */
export type DecodeReply = { id: number; result: DecodeResult } | { id: number; error: string };

/** The part of a Web Worker the client uses (a node worker_threads adapter fits it in tests). */
export type WorkerLike = {
  postMessage(message: DecodeRequest, transfer: Transferable[]): void;
  terminate(): void;
  onmessage: ((e: MessageEvent<DecodeReply>) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
};

/** Requests to one worker, each settled by its own reply; a worker-level error (the script failed to load,
 * an uncaught throw) rejects every request in flight and retires that worker, so the next call starts anew. */
export function createDecodeClient(makeWorker: () => WorkerLike) {
  let worker: WorkerLike | null = null;
  let nextId = 0;
  const pending = new Map<number, { resolve: (r: DecodeResult) => void; reject: (e: Error) => void }>();

  const failAll = (error: Error) => {
    const waiting = [...pending.values()];
    pending.clear();
    worker?.terminate();
    worker = null;
    for (const p of waiting) p.reject(error);
  };

  const getWorker = (): WorkerLike => {
    if (worker) return worker;
    const w = makeWorker();
    w.onmessage = (e) => {
      const p = pending.get(e.data.id);
      pending.delete(e.data.id);
      if (!p) return;
      if ("error" in e.data) p.reject(new Error(`log decoding failed: ${e.data.error}`));
      else p.resolve(e.data.result);
    };
    w.onerror = (e) => {
      e.preventDefault?.();
      failAll(new Error(`log decoding failed: ${e.message || "the decoding worker stopped"}`));
    };
    worker = w;
    return w;
  };

  return {
    decode(streams: DecodeStreams): Promise<DecodeResult> {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        const w = getWorker();
        pending.set(id, { resolve, reject });
        const wire = streams.map((s) => ({
          ...("id" in s && typeof s.id === "string" ? { id: s.id } : {}),
          logs: packRawLogs(s.logs),
          finalizedCount: s.finalizedCount,
        }));
        w.postMessage(
          { id, streams: wire },
          wire.map((s) => s.logs.nums.buffer),
        );
      });
    },
    /** Requests not yet settled (for tests and diagnostics). */
    inFlight: () => pending.size,
  };
}
