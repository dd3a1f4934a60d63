import { type Address, erc20Abi, type PublicClient } from "viem";
import { ethicsCharterAbi } from "@/contracts/generated/ethics-charter";
import { pinnedMulticall, settledOrNull } from "./multicall";

/** What probing a contract found: an ERC-20 (with its display data), an ethics charter, or neither. */
export type ContractProbe = {
  address: Address;
  erc20: { symbol: string; decimals: number } | null;
  charter: boolean;
};

/** Probes many addresses in one multicall: ERC-20 metadata and the EthicsCharter's principleCount(). */
export async function probeContracts(
  client: PublicClient,
  addresses: readonly Address[],
  blockNumber: bigint,
): Promise<ContractProbe[]> {
  if (addresses.length === 0) return [];
  const results = await client.multicall({
    ...pinnedMulticall(client, blockNumber),
    contracts: addresses.flatMap(
      (address) =>
        [
          { address, abi: erc20Abi, functionName: "symbol" },
          { address, abi: erc20Abi, functionName: "decimals" },
          { address, abi: ethicsCharterAbi, functionName: "principleCount" },
        ] as const,
    ),
  });
  return addresses.map((address, i) => {
    const symbol = results[i * 3];
    const decimals = results[i * 3 + 1];
    const count = results[i * 3 + 2];
    const sym = symbol ? settledOrNull(symbol as Parameters<typeof settledOrNull<string>>[0]) : null;
    const dec = decimals ? settledOrNull(decimals as Parameters<typeof settledOrNull<number>>[0]) : null;
    return {
      address,
      erc20: typeof sym === "string" && typeof dec === "number" ? { symbol: sym, decimals: dec } : null,
      charter: count ? settledOrNull(count) !== null : false,
    };
  });
}
