import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { encodeAbiParameters, encodeEventTopics } from "viem";
import { afterEach, describe, expect, it } from "vitest";
import { daoEventsAbi } from "@/domain/events/dao-events-abi";
import type { RawLog } from "@/domain/events/decode";
import { createDecodeClient, type DecodeReply, type DecodeStreams, type WorkerLike } from "./decode-client";

const script = pathToFileURL(join(import.meta.dirname, "decode.worker.ts")).href;
// Runs the real decode.worker.ts in a real thread (loaded through tsx on the first request: slow, seconds):
// node's worker gets the Web Worker globals it uses; a request for stream "crash" throws outside the decoder,
// as a worker that dies does, and one for "hold" is never answered (a long decoding still in flight).
const bootstrap = `
const { parentPort } = require("node:worker_threads");
globalThis.self = globalThis;
globalThis.postMessage = (m) => parentPort.postMessage(m);
let loaded = null;
const load = () => (loaded ??= import("tsx/esm/api").then((tsx) => {
  tsx.register();
  return import(${JSON.stringify(script)});
}));
parentPort.on("message", async (data) => {
  if (data.streams.some((s) => s.id === "crash")) setTimeout(() => { throw new Error("worker crashed"); });
  else if (!data.streams.some((s) => s.id === "hold")) load().then(() => globalThis.onmessage({ data }));
});
`;

const threads: Worker[] = [];
/** A node thread behind the Web Worker interface the client expects. */
function realWorker(): WorkerLike {
  const t = new Worker(bootstrap, { eval: true });
  threads.push(t);
  const w: WorkerLike = {
    postMessage: (m) => t.postMessage(m),
    terminate: () => void t.terminate(),
    onmessage: null,
    onerror: null,
  };
  t.on("message", (data: DecodeReply) => w.onmessage?.({ data } as MessageEvent<DecodeReply>));
  t.on("error", (e: Error) => w.onerror?.({ message: e.message } as ErrorEvent));
  return w;
}
afterEach(async () => {
  await Promise.all(threads.splice(0).map((t) => t.terminate()));
});

const executed = (proposalId: bigint): RawLog => ({
  blockNumber: 10,
  logIndex: 0,
  blockHash: `0x${"2d".repeat(32)}`,
  transactionHash: `0x${"23".repeat(32)}`,
  address: "0x5fbdb2315678afecb367f032d93f642f64180aa3",
  topics: encodeEventTopics({ abi: daoEventsAbi, eventName: "ProposalExecuted" }) as RawLog["topics"],
  data: encodeAbiParameters([{ type: "uint256" }], [proposalId]),
});
const streams = (id: string, logs: RawLog[] = []) =>
  [{ id, logs, finalizedCount: logs.length }] as unknown as DecodeStreams;

describe("decoding in a real worker", () => {
  it("decodes in the worker thread; bigints come back intact", async () => {
    const client = createDecodeClient(realWorker);
    const r = await client.decode(streams("a", [executed(2n ** 200n)]));
    expect(r.undecodable).toBe(0);
    expect(r.events[0]).toMatchObject({ eventName: "ProposalExecuted", args: { proposalId: 2n ** 200n } });
  }, 120_000);

  it("a worker error settles every request in flight, not only the last, and the next call gets a new worker", async () => {
    const client = createDecodeClient(realWorker);
    const held = [client.decode(streams("hold")), client.decode(streams("hold"))];
    const crash = client.decode(streams("crash"));
    const settled = await Promise.allSettled([...held, crash]);
    expect(settled.map((s) => s.status)).toEqual(["rejected", "rejected", "rejected"]);
    expect(String((settled[0] as PromiseRejectedResult).reason)).toContain(
      "log decoding failed: worker crashed",
    );
    expect(client.inFlight()).toBe(0);
    const again = await client.decode(streams("b", [executed(5n)]));
    expect(again.events).toHaveLength(1);
    expect(threads).toHaveLength(2);
  }, 120_000);
});
