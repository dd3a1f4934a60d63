import type { Address, PublicClient } from "viem";
import { readBravoProposals } from "@/chain/reads/bravo-proposals";
import { type Content, descriptionHash, type Votes } from "@/chain/reads/governor-pinned";
import { pinnedMulticall, settledOrNull } from "@/chain/reads/multicall";
import { ozGovernorAbi } from "@/contracts/generated/oz-governor";

/** What verification needs from the governor, in one multicall pinned to `block`: `hashProposal` of one
 * sample (to learn whether ids are content hashes), `proposalVotes` of every id, and `getProposalId` of the
 * content of each proposal in `unhashed` (ids that are not their content's hash: sequential-id governors). */
export async function readVerificationInputs(
  client: PublicClient,
  governor: Address,
  sample: Content | undefined,
  ids: readonly bigint[],
  block: bigint,
  unhashed: readonly (Content & { proposalId: bigint })[] = [],
): Promise<{
  hashFromGovernor: bigint | null;
  tallies: Map<bigint, Votes | null>;
  governorIds: Map<bigint, bigint | null>;
}> {
  const gov = { address: governor, abi: ozGovernorAbi } as const;
  const hashCall = sample
    ? [
        {
          ...gov,
          functionName: "hashProposal",
          args: [sample.targets, sample.values, sample.calldatas, descriptionHash(sample)],
        } as const,
      ]
    : [];
  const idCalls = unhashed.map(
    (c) =>
      ({
        ...gov,
        functionName: "getProposalId",
        args: [c.targets, c.values, c.calldatas, descriptionHash(c)],
      }) as const,
  );
  const voteCalls = ids.map((id) => ({ ...gov, functionName: "proposalVotes", args: [id] }) as const);
  const [hashResults, voteResults, idResults] = await Promise.all([
    hashCall.length ? client.multicall({ ...pinnedMulticall(client, block), contracts: hashCall }) : [],
    ids.length ? client.multicall({ ...pinnedMulticall(client, block), contracts: voteCalls }) : [],
    idCalls.length ? client.multicall({ ...pinnedMulticall(client, block), contracts: idCalls }) : [],
  ]);
  const hash = hashResults[0];
  const tallies = new Map<bigint, Votes | null>();
  ids.forEach((id, i) => {
    const r = voteResults[i];
    const v = r ? settledOrNull(r) : null;
    tallies.set(id, v ? { against: v[0], for: v[1], abstain: v[2] } : null);
  });
  const governorIds = new Map<bigint, bigint | null>();
  unhashed.forEach((c, i) => {
    const r = idResults[i];
    governorIds.set(c.proposalId, r ? settledOrNull(r) : null);
  });
  // No proposalVotes (Alpha, Bravo, OZ's Bravo-compatible counting): the governor's tally is in proposals(id).
  const missing = ids.filter((id) => tallies.get(id) === null);
  if (missing.length > 0) {
    const bravo = await readBravoProposals(client, governor, missing, block);
    for (const id of missing) tallies.set(id, bravo.proposals.get(id)?.votes ?? null);
  }
  return { hashFromGovernor: hash ? settledOrNull(hash) : null, tallies, governorIds };
}
