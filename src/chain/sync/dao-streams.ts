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
  /** ERC-20s known to matter to the treasury (e.g. the devnet's stablecoin): their balances are read even
   * before a Transfer of them is synced. Transfers of any token to or from the treasury are synced anyway. */
  treasuryTokens?: readonly Address[];
};

/** The account that holds the DAO's assets: the timelock, or the governor where there is none. */
export const treasuryOf = (dao: Pick<DaoContracts, "governor" | "timelock">): Address =>
  dao.timelock ?? dao.governor;

/** The streams of a DAO: one core filter (governor, token, timelock, charter, all event topics) and, per
 * direction, Transfer logs of ANY contract to or from the treasury (topics only, no address), so assets are
 * discovered without a token list. The governance token's treasury transfers come in both the core stream
 * and these; the decoder drops the duplicates (same block and log index). */
export function daoStreams(dao: DaoContracts, eventTopics: readonly Hex[], transferTopic: Hex): StreamSpec[] {
  const core = [dao.governor, dao.token, dao.timelock, dao.charter ?? null].filter(
    (a): a is Address => a !== null,
  );
  const treasury = treasuryOf(dao);
  const who = pad(treasury);
  // No address to search the deployment of: these streams start with the treasury (nothing can move its
  // tokens before it exists), never at genesis.
  const start = [treasury];
  return [
    defineStream(dao.chainId, { address: core, topics: [[...eventTopics]] }, dao.deployBlock),
    defineStream(dao.chainId, { address: [], topics: [transferTopic, who] }, dao.deployBlock, start),
    defineStream(dao.chainId, { address: [], topics: [transferTopic, null, who] }, dao.deployBlock, start),
  ];
}
