import type { Finality, Head, SeenHead } from "./finality";

/** How old a head read elsewhere (the DAO's discovery) may be for a sync to start from it. */
export const OFFERED_HEAD_MS = 5_000;

const offered = new Map<number, { seen: SeenHead; at: number }>();

/** A head another read of the page just made on `chainId` (the DAO's discovery): the chain's next sync with no
 * anchor to check starts from it instead of reading its own, if it starts within OFFERED_HEAD_MS. */
export function offerHead(chainId: number, seen: SeenHead, at = Date.now()): void {
  offered.set(chainId, { seen, at });
}

/** The head offered on `chainId`, as `finality` places its finalized block, if still fresh; taken once. */
export function takeOfferedHead(chainId: number, finality: Finality, now = Date.now()): Head | null {
  const o = offered.get(chainId);
  offered.delete(chainId);
  if (!o || now - o.at > OFFERED_HEAD_MS) return null;
  const { number, hash, parentHash, finalized } = o.seen;
  const depth = finality.kind === "tag" ? finality.fallbackDepth : finality.blocks;
  // As readHead does: the finalized tag's block on tag chains where it was read, the depth otherwise.
  const final = finality.kind === "tag" && finalized !== null ? finalized : number - depth;
  return { head: { number, hash }, parentHash, finalized: Math.max(-1, Math.min(final, number)) };
}
