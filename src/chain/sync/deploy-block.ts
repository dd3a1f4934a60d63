import { type Address, type Hex, numberToHex } from "viem";
import { isMissingStateError } from "@/lib/state-errors";
import type { Rpc } from "./rpc";
import { checkCode } from "./rpc-shapes";

/** A probe at an old block failed: the node keeps no state that far back (`missingState`), or could not
 * answer at all. The caller then finds the start from logs, which full nodes keep for the whole chain. */
export class DeployProbeError extends Error {
  override name = "DeployProbeError";
  constructor(
    readonly block: number,
    readonly missingState: boolean,
    options: { cause: unknown },
  ) {
    super(`eth_getCode at block ${block} failed`, options);
  }
}

/** Probes per round when a round goes as one JSON-RPC batch: 31 split the range in 32, so 200k blocks take 4
 * round trips and mainnet's ~23M take 5 (one HTTP request each). Without batching, three parallel requests per
 * round (a 4-ary search: ~12 round trips on mainnet, for half again as many requests as a binary search). */
export const BATCH_PROBES = 31;
const SINGLE_PROBES = 3;

/** `n` distinct blocks strictly inside (lo - 1, hi), spread evenly. */
function probePoints(lo: number, hi: number, n: number): number[] {
  const step = (hi - lo) / (n + 1);
  return [...new Set(Array.from({ length: n }, (_, i) => lo + Math.floor(step * (i + 1))))].filter(
    (b) => b < hi,
  );
}

/** eth_getCode of one address at each of `blocks`, each settling alone (a rejection: the node's own error). */
export type CodeProbes = (blocks: readonly number[]) => Promise<PromiseSettledResult<Hex>[]>;

/** The first block at which `address` has code, by a parallel (k-ary) search on eth_getCode; each round's
 * probes go as one batch where the RPC takes batches, and the first round also checks the head. Where a probe
 * fails (a node that has pruned old state) it throws a DeployProbeError instead of guessing. `opening`: the
 * first round sent another way, as one probe and the head (e.g. in a batch of other reads that is going out
 * anyway): a node without old state then costs no round of its own. */
export async function findDeployBlock(
  rpc: Rpc,
  address: Address,
  head: number,
  opening?: CodeProbes,
): Promise<number> {
  const codeAt: CodeProbes = (blocks) =>
    rpc.manySettled(
      blocks.map((b) => ({ method: "eth_getCode", params: [address, numberToHex(b)] }) as const),
      checkCode,
    );
  // Invariant once the head is checked: no code below lo, code at hi.
  let lo = 0;
  let hi = head;
  let headChecked = false;
  let pending = opening;
  while (!headChecked || lo < hi) {
    const probes = pending ? 2 : rpc.batches() ? BATCH_PROBES : SINGLE_PROBES;
    const points = probePoints(lo, hi, headChecked ? probes : probes - 1);
    const answers = await (pending ?? codeAt)(headChecked ? points : [...points, head]);
    pending = undefined;
    if (!headChecked) {
      // No code at the head is the answer to give, whatever the older probes did.
      const atHead = answers.pop();
      if (atHead?.status === "rejected") throw atHead.reason;
      if (atHead?.value === "0x") throw new Error(`No contract at ${address} on this chain.`);
      headChecked = true;
    }
    const failed = answers.findIndex((a) => a.status === "rejected");
    const failure = answers[failed];
    if (failure?.status === "rejected")
      throw new DeployProbeError(points[failed] ?? lo, isMissingStateError(failure.reason), {
        cause: failure.reason,
      });
    const found = answers.map((a) => a.status === "fulfilled" && a.value !== "0x");
    const first = found.indexOf(true);
    if (first === -1) lo = (points[points.length - 1] ?? lo - 1) + 1;
    else {
      hi = points[first] ?? hi;
      if (first > 0) lo = (points[first - 1] ?? lo) + 1;
    }
  }
  return lo;
}
