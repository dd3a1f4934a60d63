import type { Address, PublicClient } from "viem";
import { ozGovernorAbi } from "@/contracts/generated/oz-governor";
import { pinnedMulticall, settledOrNull } from "./multicall";

/** One account's standing on one proposal: power at the snapshot and whether it already voted. */
export type VoterStatusRead = { power: bigint | null; hasVoted: boolean | null };

/** Reads getVotes(account, snapshot) and hasVoted(id, account) at one block. */
export async function readVoterStatus(
  client: PublicClient,
  governor: Address,
  proposalId: bigint,
  snapshot: bigint,
  account: Address,
  blockNumber: bigint,
): Promise<VoterStatusRead> {
  const gov = { address: governor, abi: ozGovernorAbi } as const;
  const [power, hasVoted] = await client.multicall({
    ...pinnedMulticall(client, blockNumber),
    contracts: [
      { ...gov, functionName: "getVotes", args: [account, snapshot] },
      { ...gov, functionName: "hasVoted", args: [proposalId, account] },
    ],
  });
  return { power: settledOrNull(power), hasVoted: settledOrNull(hasVoted) };
}
