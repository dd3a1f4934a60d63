import type { Address, PublicClient } from "viem";
import { readDaoIdentity } from "@/chain/reads/dao-identity";
import { readPinnedGovernor } from "@/chain/reads/governor-pinned";
import { readProposalStatuses } from "@/chain/reads/proposal-status";
import { daoStreams } from "@/chain/sync/dao-streams";
import { ozGovernorAbi } from "@/contracts/generated/oz-governor";
import { type DaoIdentity, daoIdentityFromRead } from "@/domain/dao/identity";
import { daoEventTopics, transferTopic } from "@/domain/events/dao-events-abi";
import { decodeStreams } from "@/domain/events/decode";
import type { DerivedStatus } from "@/domain/proposals/derive-status";
import { proposalStateName } from "@/domain/proposals/state";
import { contentProposalId } from "@/domain/verify/proposal-ids";
import { deriveFromLogs, pinnedKeyParams } from "@/features/proposals/api/pinned-reads";
import { engineFor } from "./sync-fixture";

/** One value where the logs-derived status and a governor read disagree (empty list: they agree). */
export type Difference = { id: bigint; field: string; derived: string; read: string };

type Comparable = {
  id: bigint;
  state: number | null;
  votes: { against: bigint; for: bigint; abstain: bigint } | null;
  deadline: bigint | null;
  eta: bigint | null;
  quorum: bigint | null;
};

const EXECUTED = 7;

/** A value as text, objects with sorted keys (a tally read from proposals(id) lists For first). */
const show = (v: unknown) =>
  JSON.stringify(v, (_k, x: unknown) =>
    typeof x === "bigint"
      ? x.toString()
      : x && typeof x === "object" && !Array.isArray(x)
        ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => a.localeCompare(b)))
        : x,
  ) ?? "none";

/** Every field where `a` (derived) and `b` (read) differ; a quorum the logs do not give (null) is not compared. */
function differences(a: Comparable, b: Comparable | undefined): Difference[] {
  if (!b) return [{ id: a.id, field: "read", derived: "present", read: "missing" }];
  const pairs: [string, unknown, unknown][] = [
    [
      "state",
      a.state === null ? null : proposalStateName(a.state),
      b.state === null ? null : proposalStateName(b.state),
    ],
    ["votes", a.votes, b.votes],
    ["deadline", a.deadline, b.deadline],
    // OZ 4.x's proposalEta answers 0 once the operation is done: the logged eta is then the only one left.
    ...(b.state === EXECUTED && (b.eta ?? 0n) === 0n
      ? []
      : [["eta", a.eta ?? 0n, b.eta ?? 0n] as [string, unknown, unknown]]),
    ...(a.quorum === null ? [] : [["quorum", a.quorum, b.quorum] as [string, unknown, unknown]]),
  ];
  return pairs
    .filter(([, x, y]) => show(x) !== show(y))
    .map(([field, x, y]) => ({ id: a.id, field, derived: show(x), read: show(y) }));
}

/**
 * Syncs a DAO as the app does (same streams, same decoder), derives every proposal's state, tally, deadline,
 * eta and quorum from the logs at the governor's own clock (`deriveFromLogs`, what the list paints and settles
 * from), and compares them with two reads at the synced block: main's per-proposal read path
 * (`readProposalStatuses`: state(), proposalVotes or proposals(id), proposalDeadline, proposalEta,
 * quorum(snapshot) or quorumVotes) and the visit's pinned read asked for every proposal.
 */
export async function derivedAgainstGovernor(
  rpcUrl: string,
  client: PublicClient,
  governor: Address,
  /** Known where the node prunes old state (the devnet), so no deploy-block search is needed. */
  deployBlock?: number,
) {
  const dao: DaoIdentity = daoIdentityFromRead(await readDaoIdentity(client, governor), 12);
  const contracts = {
    chainId: dao.chainId,
    governor,
    token: dao.token?.address ?? governor,
    timelock: dao.timelock,
    charter: null,
    ...(deployBlock === undefined ? {} : { deployBlock }),
  };
  const r = await engineFor(rpcUrl).engine.sync(daoStreams(contracts, daoEventTopics, transferTopic));
  const { events } = decodeStreams(r.streams);
  const block = BigInt(r.syncedTo);
  const k = pinnedKeyParams(dao, { events, syncedTo: r.syncedTo });
  // Compound's governors have no clock(): their clock is the block number.
  const clock = await client
    .readContract({ address: governor, abi: ozGovernorAbi, functionName: "clock", blockNumber: block })
    .then(BigInt, () => block);
  const { created, derived } = deriveFromLogs(k, events, clock);
  const ids = derived.map((d) => d.id);
  const main = await readProposalStatuses(client, governor, ids, block, clock);
  const pinned = await readPinnedGovernor(
    client,
    governor,
    {
      sample: created[0],
      unhashed: k.compound ? [] : created.filter((c) => contentProposalId(c) !== c.proposalId),
      open: derived.map((d) => ({ id: d.id, quorumAt: d.snapshot < clock ? d.snapshot : null })),
      tallyFrom: k.tallyFrom,
      compound: k.compound,
    },
    block,
  );
  const byId = <T extends { id: bigint }>(xs: readonly T[]) => new Map(xs.map((x) => [x.id, x]));
  const mainById = byId(main);
  const pinnedById = byId(pinned.statuses);
  return {
    dao,
    block,
    derived,
    states: derived.map((d) => proposalStateName(d.state ?? -1)),
    settled: derived.filter((d) => d.settled).length,
    /** Derived vs main's read path, for every proposal (settled or not). */
    vsMain: derived.flatMap((d: DerivedStatus) => differences(d, mainById.get(d.id))),
    /** The pinned read vs main's read path (the pinned read must read what main reads). */
    pinnedVsMain: pinned.statuses.flatMap((p) => differences(p, mainById.get(p.id))),
    pinnedById,
    governorIds: pinned.governorIds,
  };
}
