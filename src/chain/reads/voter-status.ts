import type { Address, PublicClient } from "viem";
import { ozGovernorAbi } from "@/contracts/generated/oz-governor";
import { alphaReceiptAbi, bravoReceiptAbi, compoundTokenAbi } from "./bravo-abi";
import { pinnedMulticall, settledOrNull } from "./multicall";

/** One account's standing on one proposal: power at the snapshot and whether it already voted. */
export type VoterStatusRead = { power: bigint | null; hasVoted: boolean | null };

/** Where a governor keeps what a voter's standing is read from: OpenZeppelin's `getVotes` + `hasVoted`, or
 * Compound's token `getPriorVotes` (the governor has no getVotes) + the governor's `getReceipt`, whose support
 * is a bool on Alpha and a uint8 on Bravo. */
export type VoterReader = "governor" | "alpha" | "bravo";

/** What to read: the proposal's snapshot is OZ's voteStart, Compound's startBlock (the same logged value). */
export type VoterStatusQuery = {
  governor: Address;
  proposalId: bigint;
  snapshot: bigint;
  account: Address;
  reader: VoterReader;
  /** The voting token; needed by Compound's governors. */
  token: Address | null;
};

/** Reads the account's power at the snapshot and whether it voted, in one multicall at one block. */
export async function readVoterStatus(
  client: PublicClient,
  q: VoterStatusQuery,
  blockNumber: bigint,
): Promise<VoterStatusRead> {
  const pinned = pinnedMulticall(client, blockNumber);
  if (q.reader === "governor") {
    const gov = { address: q.governor, abi: ozGovernorAbi } as const;
    const [power, hasVoted] = await client.multicall({
      ...pinned,
      contracts: [
        { ...gov, functionName: "getVotes", args: [q.account, q.snapshot] },
        { ...gov, functionName: "hasVoted", args: [q.proposalId, q.account] },
      ],
    });
    return { power: settledOrNull(power), hasVoted: settledOrNull(hasVoted) };
  }
  if (q.token === null)
    throw new Error("This governor's voting token is unknown, so its votes cannot be read.");
  const receiptAbi = q.reader === "alpha" ? alphaReceiptAbi : bravoReceiptAbi;
  const [power, receipt] = await client.multicall({
    ...pinned,
    contracts: [
      {
        address: q.token,
        abi: compoundTokenAbi,
        functionName: "getPriorVotes",
        args: [q.account, q.snapshot],
      },
      { address: q.governor, abi: receiptAbi, functionName: "getReceipt", args: [q.proposalId, q.account] },
    ],
  });
  return { power: settledOrNull(power), hasVoted: settledOrNull(receipt)?.hasVoted ?? null };
}
