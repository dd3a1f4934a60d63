import { type Address, erc20Abi, type PublicClient } from "viem";
import { ozGovernorAbi } from "@/contracts/generated/oz-governor";
import { ozVotesTokenAbi } from "@/contracts/generated/oz-votes-token";
import type { TokenRead } from "./dao-identity";
import { settledOrNull as ok, pinnedMulticall } from "./multicall";

const ERC721_INTERFACE = "0x80ac58cd";

/** The voting token's metadata and supply at `blockNumber` (null: neither supply read answered). */
export async function readToken(
  client: PublicClient,
  address: Address,
  blockNumber: bigint,
  clock: bigint | null,
): Promise<TokenRead | null> {
  const t = { address, abi: erc20Abi } as const;
  const votes = { address, abi: ozVotesTokenAbi } as const;
  // getPastTotalSupply(now) reverts (not settled yet): ERC721Votes has no totalSupply(), so ask one step back.
  const past = clock !== null && clock > 0n ? clock - 1n : 0n;
  const [name, symbol, decimals, totalSupply, pastSupply, erc721] = await client.multicall({
    ...pinnedMulticall(client, blockNumber),
    contracts: [
      { ...t, functionName: "name" },
      { ...t, functionName: "symbol" },
      { ...t, functionName: "decimals" },
      { ...t, functionName: "totalSupply" },
      { ...votes, functionName: "getPastTotalSupply", args: [past] },
      { address, abi: ozGovernorAbi, functionName: "supportsInterface", args: [ERC721_INTERFACE] },
    ],
  });
  const supply = ok(totalSupply);
  const pastValue = ok(pastSupply);
  if (supply === null && pastValue === null) return null;
  const dec = ok(decimals);
  return {
    address,
    name: ok(name),
    symbol: ok(symbol),
    decimals: dec,
    kind: ok(erc721) === true ? "erc721" : dec !== null ? "erc20" : "votes",
    totalSupply: supply ?? pastValue ?? 0n,
    supplyFrom: supply !== null ? "totalSupply" : "getPastTotalSupply",
  };
}

/** The absolute quorum at the last settled timepoint (quorum(now) reverts: it is not in the past yet). */
export async function readQuorum(
  client: PublicClient,
  governor: Address,
  clock: bigint | null,
  blockNumber: bigint,
): Promise<bigint | null> {
  if (clock === null || clock === 0n) return null;
  try {
    return await client.readContract({
      address: governor,
      abi: ozGovernorAbi,
      functionName: "quorum",
      args: [clock - 1n],
      blockNumber,
    });
  } catch {
    return null;
  }
}
