import { type Address, numberToHex } from "viem";
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

/** The first block at which `address` has code, by a parallel (k-ary) search on eth_getCode; each round's
 * probes go as one batch where the RPC takes batches, and the first round also checks the head. Where a probe
 * fails (a node that has pruned old state) it throws a DeployProbeError instead of guessing. */
export async function findDeployBlock(rpc: Rpc, address: Address, head: number): Promise<number> {
  const codeAt = (blocks: readonly number[]) =>
    rpc.many(
      blocks.map((b) => ({ method: "eth_getCode", params: [address, numberToHex(b)] }) as const),
      checkCode,
    );
  // Invariant once the head is checked: no code below lo, code at hi.
  let lo = 0;
  let hi = head;
  let headChecked = false;
  while (!headChecked || lo < hi) {
    const probes = rpc.batches() ? BATCH_PROBES : SINGLE_PROBES;
    const points = probePoints(lo, hi, headChecked ? probes : probes - 1);
    const asked = headChecked ? points : [...points, head];
    let found: boolean[];
    try {
      found = (await codeAt(asked)).map((code) => code !== "0x");
    } catch (cause) {
      // No code at the head is the answer to give, whatever the older probes did: ask the head alone.
      if (!headChecked && (await codeAt([head]))[0] === "0x")
        throw new Error(`No contract at ${address} on this chain.`);
      throw new DeployProbeError(asked[0] ?? lo, isMissingStateError(cause), { cause });
    }
    if (!headChecked) {
      if (!found.pop()) throw new Error(`No contract at ${address} on this chain.`);
      headChecked = true;
    }
    const first = found.indexOf(true);
    if (first === -1) lo = (points[points.length - 1] ?? lo - 1) + 1;
    else {
      hi = points[first] ?? hi;
      if (first > 0) lo = (points[first - 1] ?? lo) + 1;
    }
  }
  return lo;
}
