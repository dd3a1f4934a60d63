import { type Address, erc20Abi, type PublicClient } from "viem";
import { pinnedMulticall, settledOrNull } from "./multicall";

/** The zero address stands for the chain's native coin (ETH) in balance maps. */
export const NATIVE_ASSET: Address = "0x0000000000000000000000000000000000000000";

/**
 * A holder's balance of each asset at one block: ETH (NATIVE_ASSET) with eth_getBalance, tokens with balanceOf
 * in one multicall. A token whose balanceOf reverts maps to null ("could not be read"), never to 0.
 */
export async function readTreasuryBalances(
  client: PublicClient,
  holder: Address,
  assets: readonly Address[],
  blockNumber: bigint,
): Promise<Map<Address, bigint | null>> {
  const tokens = assets.filter((a) => a !== NATIVE_ASSET);
  const [eth, results] = await Promise.all([
    assets.includes(NATIVE_ASSET) ? client.getBalance({ address: holder, blockNumber }) : null,
    tokens.length === 0
      ? []
      : client.multicall({
          ...pinnedMulticall(client, blockNumber),
          contracts: tokens.map(
            (address) => ({ address, abi: erc20Abi, functionName: "balanceOf", args: [holder] }) as const,
          ),
        }),
  ]);
  const balances = new Map<Address, bigint | null>();
  if (eth !== null) balances.set(NATIVE_ASSET, eth);
  tokens.forEach((token, i) => {
    const r = results[i];
    const value = r ? settledOrNull(r) : null;
    balances.set(token, typeof value === "bigint" ? value : null);
  });
  return balances;
}
