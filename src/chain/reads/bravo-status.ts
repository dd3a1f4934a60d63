import type { Address, PublicClient } from "viem";
import { readBravoProposals } from "./bravo-proposals";
import type { ProposalStatusRead } from "./proposal-status";

/** Fills what OZ's reads left null from `proposals(id)`: the tally (GovernorCompatibilityBravo, Alpha, Bravo),
 * and for Compound's governors the window, eta and the constant `quorumVotes()`. Only ids whose
 * `proposalVotes` reverted are asked, so OZ's own governors cost nothing more. */
export async function fillFromBravo(
  client: PublicClient,
  governor: Address,
  statuses: ProposalStatusRead[],
  blockNumber: bigint,
): Promise<void> {
  const missing = statuses.filter((s) => s.votes === null && s.state !== null);
  if (missing.length === 0) return;
  const read = await readBravoProposals(
    client,
    governor,
    missing.map((s) => s.id),
    blockNumber,
  );
  for (const s of missing) {
    const p = read.proposals.get(s.id);
    if (!p) continue;
    s.votes = p.votes;
    s.snapshot ??= p.startBlock;
    s.deadline ??= p.endBlock;
    s.eta ??= p.eta;
    // Alpha's quorum is one constant; quorum(snapshot), where it exists, replaces it below.
    s.quorum = read.quorumVotes;
  }
}
