import { type Hex, numberToHex } from "viem";
import type { Anchor } from "@/chain/store/types";
import { type Finality, type Head, headOf } from "./finality";
import type { Rpc } from "./rpc";
import type { RpcArgs } from "./rpc-batch";
import { checkBlock } from "./rpc-shapes";

/** A block's hash as the node answered it beside the head (null: it has no such block). */
export type KnownHashes = ReadonlyMap<number, Hex | null>;

const getBlockCall = (tag: Hex | "latest" | "finalized"): RpcArgs => ({
  method: "eth_getBlockByNumber",
  params: [tag, false],
});

/**
 * Reads the head (and on tag chains the finalized block) together with the blocks of `anchors`, in one
 * JSON-RPC batch: a reload's reorg check (its anchor is the last visit's head, usually neither the new head nor
 * its parent) then needs no round trip of its own. An anchor the batch could not settle is left out, to be
 * asked on its own; the head's failure is the read's.
 */
export async function readHeadWithAnchors(
  rpc: Rpc,
  finality: Finality,
  anchors: readonly number[],
): Promise<{ head: Head; hashes: KnownHashes }> {
  const blocks = [...new Set(anchors)];
  const tags = finality.kind === "tag" ? (["latest", "finalized"] as const) : (["latest"] as const);
  const settled = await rpc.manySettled(
    [...tags.map(getBlockCall), ...blocks.map((b) => getBlockCall(numberToHex(b)))],
    checkBlock,
  );
  const latest = settled[0];
  const final = finality.kind === "tag" ? settled[1] : undefined;
  if (!latest || latest.status === "rejected") throw latest?.reason ?? new Error("No answer for the head.");
  // As readHead: an unanswered finalized tag falls back to the confirmation depth.
  const head = headOf(latest.value, final?.status === "fulfilled" ? final.value : null, finality);
  const hashes = new Map<number, Hex | null>();
  blocks.forEach((b, i) => {
    const s = settled[tags.length + i];
    // A block above the node's head comes back null, which fails the check (as createAnchorChecker's).
    if (s?.status === "fulfilled") hashes.set(b, s.value?.hash ?? null);
  });
  return { head, hashes };
}

/** An anchor check that answers from `known` hashes first, then asks `check`. */
export function withKnownHashes(
  check: (a: Anchor) => Promise<boolean>,
  known: KnownHashes,
): (a: Anchor) => Promise<boolean> {
  return async (a) => {
    const hash = known.get(a.number);
    return hash === undefined ? check(a) : hash === a.hash;
  };
}
