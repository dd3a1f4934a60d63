import { type Address, erc20Abi, hexToString, type PublicClient, trim } from "viem";
import { pinnedMulticall, type Settled, settledOrNull } from "./multicall";

/** Old tokens (MKR, SAI) declare `symbol()` as bytes32; the string ABI cannot decode their answer. */
const bytes32SymbolAbi = [
  {
    type: "function",
    name: "symbol",
    stateMutability: "view",
    inputs: [],
    outputs: [{ name: "", type: "bytes32" }],
  },
] as const;

/** One token as the treasury holds it at one block; null fields are calls that reverted (labelled). */
export type TokenBalanceRead = {
  token: Address;
  /** balanceOf(treasury); null when the call reverted (not an ERC-20, or a broken one). */
  balance: bigint | null;
  symbol: string | null;
  /** "bytes32" when the symbol came from an old bytes32 `symbol()`. */
  symbolKind: "string" | "bytes32" | null;
  /** null: the token has no `decimals()` (amounts are then whole units). */
  decimals: number | null;
};

/** ETH and ERC-20 balances of an account, all read at one block. */
export type TreasuryBalancesRead = { block: number; eth: bigint; tokens: TokenBalanceRead[] };

const PER_TOKEN = 3;
type AnySettled = Settled<unknown>;

/** Reads ETH and each token's balanceOf, symbol and decimals of `treasury` in one multicall pinned to `block`
 * (plus a second only for symbols that are bytes32). A call that reverts gives null; a failed request throws. */
export async function readTreasuryBalances(
  client: PublicClient,
  treasury: Address,
  tokens: readonly Address[],
  block: number,
): Promise<TreasuryBalancesRead> {
  const blockNumber = BigInt(block);
  const [eth, results] = await Promise.all([
    client.getBalance({ address: treasury, blockNumber }),
    tokens.length === 0
      ? Promise.resolve([] as AnySettled[])
      : client.multicall({
          ...pinnedMulticall(client, blockNumber),
          contracts: tokens.flatMap(
            (address) =>
              [
                { address, abi: erc20Abi, functionName: "balanceOf", args: [treasury] },
                { address, abi: erc20Abi, functionName: "symbol" },
                { address, abi: erc20Abi, functionName: "decimals" },
              ] as const,
          ),
        }),
  ]);
  const at = (i: number) => {
    const r = results[i] as AnySettled | undefined;
    return r ? settledOrNull(r) : null;
  };
  const rows = tokens.map((token, i): TokenBalanceRead => {
    const balance = at(i * PER_TOKEN);
    const symbol = at(i * PER_TOKEN + 1);
    const decimals = at(i * PER_TOKEN + 2);
    return {
      token,
      balance: typeof balance === "bigint" ? balance : null,
      symbol: typeof symbol === "string" ? symbol : null,
      symbolKind: typeof symbol === "string" ? "string" : null,
      decimals: typeof decimals === "number" && decimals <= 255 ? decimals : null,
    };
  });
  await fillBytes32Symbols(client, rows, blockNumber);
  return { block, eth, tokens: rows };
}

/** Retries the symbols that did not decode as strings with the bytes32 ABI. */
async function fillBytes32Symbols(client: PublicClient, rows: TokenBalanceRead[], blockNumber: bigint) {
  const missing = rows.filter((r) => r.symbol === null);
  if (missing.length === 0) return;
  const results = await client.multicall({
    ...pinnedMulticall(client, blockNumber),
    contracts: missing.map(
      (r) => ({ address: r.token, abi: bytes32SymbolAbi, functionName: "symbol" }) as const,
    ),
  });
  missing.forEach((row, i) => {
    const r = results[i];
    const raw = r ? settledOrNull(r) : null;
    if (raw === null) return;
    const text = hexToString(trim(raw, { dir: "right" })).replace(/[^\x20-\x7e]/g, "");
    if (text.length === 0) return;
    row.symbol = text;
    row.symbolKind = "bytes32";
  });
}

/** Historical ETH balances where the node serves them; a block it cannot answer for (pruned state) is left
 * out, so the caller can say that history was not available. */
export async function readEthSamples(
  client: PublicClient,
  account: Address,
  blocks: readonly number[],
): Promise<{ block: number; balance: bigint }[]> {
  const settled = await Promise.allSettled(
    blocks.map((b) => client.getBalance({ address: account, blockNumber: BigInt(b) })),
  );
  return settled.flatMap((s, i) => {
    const block = blocks[i];
    return s.status === "fulfilled" && block !== undefined ? [{ block, balance: s.value }] : [];
  });
}
