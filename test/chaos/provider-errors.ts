/** Error bodies as real providers send them when an eth_getLogs asks for too much. */
export type RangeStyle = "cloudflare" | "alchemy" | "plain";
export type ResultStyle = "infura" | "alchemy" | "plain";

type RpcErr = { code: number; message: string };
const hex = (n: number) => `0x${n.toString(16)}`;
const short = (n: number) => (n % 1000 === 0 ? `${n / 1000}K` : String(n));

/** The error for a block range over `max` blocks starting at `from`. */
export function rangeError(style: RangeStyle, from: number, max: number, maxResults: number): RpcErr {
  if (style === "cloudflare") return { code: -32047, message: `Max range: ${max}` };
  if (style === "alchemy")
    return {
      code: -32602,
      message: `You can make eth_getLogs requests with up to a ${short(max)} block range and no limit on the response size, or you can request any block range with a cap of ${short(maxResults)} logs in the response. Based on your parameters, this block range should work: [${hex(from)}, ${hex(from + max - 1)}]`,
    };
  return { code: -32000, message: "block range too large" };
}

/** The error for a result over `max` logs; `fits` is the last block that would have fit. */
export function resultError(
  style: ResultStyle,
  from: number,
  fits: number,
  max: number,
  maxRange: number,
): RpcErr {
  if (style === "infura")
    return {
      code: -32005,
      message: `query returned more than ${max} results. Try with this block range [${hex(from)}, ${hex(fits)}].`,
    };
  if (style === "alchemy")
    return {
      code: -32602,
      message: `Log response size exceeded. You can make eth_getLogs requests with up to a ${short(maxRange)} block range and no limit on the response size, or you can request any block range with a cap of ${short(max)} logs in the response. Based on your parameters, this block range should work: [${hex(from)}, ${hex(fits)}]`,
    };
  return { code: -32005, message: `query returned more than ${max} results` };
}

/** Node software whose "no state at that block" answer the proxy imitates. */
export type StateStyle = "geth" | "erigon" | "nethermind" | "anvil";

/** A full node's refusal of a state read (eth_getCode, eth_call, eth_getBalance, eth_getStorageAt) at
 * `block`, older than the state it keeps below `head`, in each client's own words. */
export function stateError(style: StateStyle, head: number, block: number): RpcErr & { data?: string } {
  if (style === "geth")
    return {
      code: -32000,
      message:
        "missing trie node 1a3bddc494098bac19ef26e6506812caa12ca5cf036a13ef0eabde38beab5d21 (path ) <nil>",
    };
  if (style === "erigon") return { code: -32000, message: "header not found" };
  if (style === "nethermind")
    return {
      code: -32603,
      message: "Internal error",
      data: `Nethermind.Trie.MissingTrieNodeException: Node A: P:2 H:0x992eacd1f3b44a51b91065eb946c1fda63da35b3e05497ef6e71f3d9f0c3688b is missing from the DB (block ${block})`,
    };
  return {
    code: -32602,
    message: `BlockOutOfRangeError: block height is ${head} but requested was ${block}`,
  };
}
