import { type Hex, hexToNumber, numberToHex } from "viem";
import type { Anchor } from "@/chain/store/types";
import type { HeadFeed } from "./head-feed";
import type { Rpc } from "./rpc";
import { checkBlock, type RpcBlock } from "./rpc-shapes";

/** How to decide which blocks will not change: the chain's `finalized` tag, or a confirmation depth. */
export type Finality = { kind: "tag"; fallbackDepth: number } | { kind: "depth"; blocks: number };

/** A block header read outside the engine (the DAO's discovery), and the finalized block number read with it
 * (null: not read, or the chain has no such tag). */
export type SeenHead = { number: number; hash: Hex; parentHash: Hex; finalized: number | null };

/** The head, its parent's hash when known (a read header carries it), and the finalized block number. */
export type Head = { head: Anchor; parentHash?: Hex; finalized: number };

const getBlock = (rpc: Rpc, tag: Hex | "latest" | "finalized") =>
  rpc({ method: "eth_getBlockByNumber", params: [tag, false] }, checkBlock);

/** The head from the latest block's header and, on tag chains, the finalized one's (null: use the depth). */
export function headOf(latest: RpcBlock | null, final: RpcBlock | null, finality: Finality): Head {
  if (!latest) throw new Error("The RPC returned no latest block.");
  const head = { number: hexToNumber(latest.number), hash: latest.hash };
  const depth = finality.kind === "tag" ? finality.fallbackDepth : finality.blocks;
  const finalized = final ? hexToNumber(final.number) : Math.max(-1, head.number - depth);
  return { head, parentHash: latest.parentHash, finalized: Math.min(finalized, head.number) };
}

/** Reads the head and the finalized block number. */
export async function readHead(rpc: Rpc, finality: Finality): Promise<Head> {
  const [latest, final] = await Promise.all([
    getBlock(rpc, "latest"),
    finality.kind === "tag" ? getBlock(rpc, "finalized").catch(() => null) : null,
  ]);
  return headOf(latest, final, finality);
}

/** A memoised "is this anchor still on the canonical chain?" for one sync run (streams share anchors).
 * The run's head answers for itself and its parent without a request (an idle chain's anchor is the head, a
 * live one's usually its parent); a block above the current head comes back null, which fails the check. */
export function createAnchorChecker(rpc: Rpc, pushed?: HeadFeed, h?: Head) {
  const seen = new Map<number, Promise<Hex | null>>();
  if (h) seen.set(h.head.number, Promise.resolve(h.head.hash));
  if (h?.parentHash) seen.set(h.head.number - 1, Promise.resolve(h.parentHash));
  return async (a: Anchor): Promise<boolean> => {
    // A parent-linked window of pushed heads answers without a request.
    const known = pushed?.hashAt(a.number);
    if (known !== undefined) return known === a.hash;
    let p = seen.get(a.number);
    if (!p) {
      p = getBlock(rpc, numberToHex(a.number)).then((b) => b?.hash ?? null);
      seen.set(a.number, p);
    }
    return (await p) === a.hash;
  };
}

/** The highest anchor still canonical, or null when none is (the whole stream must be refetched). */
export async function lastGoodAnchor(
  anchors: readonly Anchor[],
  isCanonical: (a: Anchor) => Promise<boolean>,
) {
  const desc = [...anchors].sort((a, b) => b.number - a.number);
  for (const a of desc) if (await isCanonical(a)) return a;
  return null;
}
