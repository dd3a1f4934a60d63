import type { StoredLog, StreamState } from "../src/chain/store/types";

/** A sync's commits: the logs cut into the block ranges the engine fetches (each with its coverage end). */
export function chunksOf(logs: readonly StoredLog[], span: number) {
  const out = new Map<number, StoredLog[]>();
  for (const l of logs) {
    const k = Math.floor(l.blockNumber / span);
    const list = out.get(k);
    if (list) list.push(l);
    else out.set(k, [l]);
  }
  return [...out].map(([k, list]) => ({ to: (k + 1) * span - 1, list }));
}

/** The bench stream's state once covered through block `to`. */
export const stateAt = (to: number): StreamState => ({
  id: "bench",
  chainId: 31337,
  covered: [[1, to]],
  anchors: [],
  deployBlock: 1,
});
