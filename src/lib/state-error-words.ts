import { isMissingStateError, messagesOf, OldStateUnavailableError, requestedBlockOf } from "./state-errors";

const n = (x: number) => x.toLocaleString("en-US");

/** A read at a block whose state the node no longer keeps, in a person's words with the remedy (an archive
 * RPC in Settings); null for any other error. Used by describeError, so every error panel says it. */
export function oldStateWords(error: unknown) {
  const typed = findTyped(error);
  if (!typed && !isMissingStateError(error)) return null;
  const block = typed
    ? typed.block
    : (messagesOf(error)
        .map(requestedBlockOf)
        .find((b) => b !== null) ?? null);
  return {
    kind: "no-old-state" as const,
    title:
      block === null
        ? "This RPC endpoint keeps no state for old blocks, so it cannot show this figure as it stood then."
        : `This RPC endpoint keeps no state for block ${n(block)}, so it cannot show this figure as it stood then.`,
    detail:
      "It is a full node, not an archive node: such nodes keep state for only the last ~128 blocks. Add an archive RPC URL for this chain in Settings to see past figures; the latest block still reads.",
    retry: false,
  };
}

function findTyped(error: unknown): OldStateUnavailableError | null {
  let e: unknown = error;
  for (let i = 0; e && i < 20; i++) {
    if (e instanceof OldStateUnavailableError) return e;
    e = typeof e === "object" && "cause" in e ? (e as { cause?: unknown }).cause : undefined;
  }
  return null;
}
