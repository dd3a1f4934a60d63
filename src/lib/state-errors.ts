/** Which node software's wording a missing-state error matched (for the message; the remedy is the same). */
export type StateGapClient = "geth" | "erigon" | "nethermind" | "besu" | "reth" | "anvil" | "generic";

/** Texts nodes send when asked for state (code, balance, storage, a call) at a block whose state they no
 * longer keep: full nodes prune state older than ~128 blocks; logs, blocks and receipts stay. */
const TEXTS: readonly [StateGapClient, RegExp][] = [
  ["anvil", /BlockOutOfRangeError: block height is \d+ but requested was \d+/i],
  [
    "nethermind",
    /MissingTrieNodeException|TrieException|Failed to load key|is missing from the DB|no state available for block/i,
  ],
  ["geth", /missing trie node|historical state (?:\S+ )?(?:is )?(?:not available|unavailable)/i],
  ["erigon", /header not found|old data not available due to prun|state (?:history )?(?:is )?not available/i],
  ["besu", /world state (?:is )?unavailable/i],
  ["reth", /state (?:at block \S+ )?(?:is |was )?pruned|no state found for block/i],
  [
    "generic",
    /(?:historical|archive) state|state (?:is )?(?:not available|unavailable)|pruned (?:state|node)/i,
  ],
];

/** The node software whose missing-state wording `message` carries, or null when it is another error. */
export function stateGapClient(message: string): StateGapClient | null {
  for (const [client, re] of TEXTS) if (re.test(message)) return client;
  return null;
}

/** True when `message` says the node keeps no state for the block asked (a full node, not an archive). */
export const isMissingStateMessage = (message: string): boolean => stateGapClient(message) !== null;

/** The block a missing-state message names, when it names one (anvil: "requested was 13450"). */
export function requestedBlockOf(message: string): number | null {
  const m = message.match(/requested was (\d+)/i);
  return m?.[1] ? Number(m[1]) : null;
}

/** Every text in an error and the causes below it: viem's BaseError chains end in the node's own error
 * object, whose `data` may hold the real text (Nethermind answers "Internal error" with the exception there). */
export function messagesOf(error: unknown): string[] {
  const out: string[] = [];
  let e: unknown = error;
  for (let i = 0; e && i < 20; i++) {
    if (typeof e === "string") out.push(e);
    else if (typeof e === "object")
      for (const k of ["message", "details", "data"] as const) {
        const v = (e as Record<string, unknown>)[k];
        if (typeof v === "string") out.push(v);
      }
    e = typeof e === "object" && e !== null && "cause" in e ? (e as { cause?: unknown }).cause : undefined;
  }
  return out;
}

/** True when any link of `error` says the node has no state for the block asked. */
export const isMissingStateError = (error: unknown): boolean => messagesOf(error).some(isMissingStateMessage);

/** A read at an old block that the node cannot serve: it keeps no state that far back. */
export class OldStateUnavailableError extends Error {
  override name = "OldStateUnavailableError";
  constructor(
    readonly block: number | null,
    readonly client: StateGapClient,
    options?: { cause?: unknown },
  ) {
    super(`The RPC keeps no state for block ${block ?? "(old)"}`, options);
  }
}
