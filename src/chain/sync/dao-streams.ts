import { type Address, type Hex, pad } from "viem";
import { defineStream, type StreamSpec } from "./stream";

/** The contracts of one DAO that the sync follows. */
export type DaoContracts = {
  chainId: number;
  governor: Address;
  token: Address;
  timelock: Address | null;
  charter?: Address | null;
  /** Known when the devnet or the user says so; otherwise the earliest of the core contracts' deployments,
   * found by binary search on eth_getCode (the token usually predates the governor). */
  deployBlock?: number;
  /** Other ERC-20s the treasury may hold (e.g. a stablecoin); their Transfers to or from it are synced. */
  treasuryTokens?: readonly Address[];
};

/** The streams of a DAO: one core filter (governor, token, timelock, charter, all event topics) and, per
 * direction, treasury transfers of other tokens (filtered by the indexed from/to, never whole tokens). */
export function daoStreams(dao: DaoContracts, eventTopics: readonly Hex[], transferTopic: Hex): StreamSpec[] {
  const core = [dao.governor, dao.token, dao.timelock, dao.charter ?? null].filter(
    (a): a is Address => a !== null,
  );
  const treasury = dao.timelock ?? dao.governor;
  const others = [...new Set(dao.treasuryTokens ?? [])].filter(
    (t) => t.toLowerCase() !== dao.token.toLowerCase(),
  );
  const streams = [defineStream(dao.chainId, { address: core, topics: [[...eventTopics]] }, dao.deployBlock)];
  if (others.length > 0) {
    const who = pad(treasury);
    // A stablecoin may be years older than the DAO: these streams start with the treasury, not the token.
    const start = [treasury];
    streams.push(
      defineStream(dao.chainId, { address: others, topics: [transferTopic, who] }, dao.deployBlock, start),
      defineStream(
        dao.chainId,
        { address: others, topics: [transferTopic, null, who] },
        dao.deployBlock,
        start,
      ),
    );
  }
  return streams;
}
