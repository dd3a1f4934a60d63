import type { QueryClient } from "@tanstack/react-query";
import { type Address, isAddressEqual, type PublicClient } from "viem";
import { readHasCode } from "@/chain/reads/account-code";
import { readBlockTimes } from "@/chain/reads/block-times";
import { probeContracts } from "@/chain/reads/contract-kinds";
import { readTreasuryBalances, type TreasuryBalancesRead } from "@/chain/reads/treasury-balances";
import { ETH, movedAssets } from "@/domain/actions/outflows";
import type { KnownContract } from "@/domain/actions/types";
import { type DaoEvent, eventsNamed } from "@/domain/events/decode";
import type { Proposal } from "@/domain/proposals/proposal";
import type { ClockNow } from "@/domain/proposals/timing";
import type { PowerChange } from "@/domain/votes/delegate-power";
import { addressIs } from "@/lib/evm/address-match";
import { perfMark } from "@/lib/perf-mark";
import { assembleProposalsData, loggedBlockTimes } from "./assemble-data";
import type { ListKeyParams } from "./keys";
import { pinnedGovernorQueryOptions } from "./pinned-reads";
import type { ProposalHistory } from "./proposal-history";

/** Everything the list and detail pages show, read at one block. */
export type ProposalsData = {
  proposals: Proposal[];
  histories: Map<bigint, ProposalHistory>;
  known: KnownContract[];
  /** The voting token's DelegateVotesChanged history, for "who has not voted". */
  powerChanges: PowerChange[];
  /** The treasury's balance, at `blockNumber`, of every asset some proposal moves (null: unreadable). */
  treasuryBalances: Map<Address, bigint | null>;
  now: ClockNow;
  blockNumber: bigint;
};

const SAMPLE_BLOCKS = 256n;

/**
 * `now` at the pinned block. Future blocks are estimated with the DAO's one block time (`blockSeconds`, the
 * same the overview uses), not re-measured per poll: a recent-window average jumps with every new block on a
 * chain with uneven blocks, and pages disagreed. The pinned block's header gives its time; a second one (256
 * below) is read only when the logs carry no block times to interpolate past blocks with.
 */
async function measureClock(client: PublicClient, p: ListKeyParams, blockNumber: bigint, logged: boolean) {
  const [head, back] = await Promise.all([
    client.getBlock({ blockNumber }),
    !logged && blockNumber > SAMPLE_BLOCKS
      ? client.getBlock({ blockNumber: blockNumber - SAMPLE_BLOCKS })
      : null,
  ]);
  const now: ClockNow = {
    mode: { kind: p.clock },
    clock: p.clock === "timestamp" ? head.timestamp : blockNumber,
    timestamp: Number(head.timestamp),
    secondsPerBlock: p.blockSeconds,
  };
  const points: [number, number][] = [[Number(blockNumber), now.timestamp]];
  if (back) points.push([Number(blockNumber - SAMPLE_BLOCKS), Number(back.timestamp)]);
  return { now, points };
}

/** The treasury read as the outflow check wants it: ETH under the zero address; null where balanceOf reverted. */
function balancesByAsset(read: TreasuryBalancesRead, assets: readonly Address[]) {
  const balances = new Map<Address, bigint | null>();
  if (assets.some((a) => isAddressEqual(a, ETH))) balances.set(ETH, read.eth);
  for (const t of read.tokens) balances.set(t.token, t.balance);
  return balances;
}

/**
 * The DAO's proposals at block `syncedTo`: states, tallies, deadlines and etas from the synced events where
 * they settle them, the governor's answers (the visit's one pinned read, shared through `queries`) where they
 * do not; plus what no log says (target kinds, code, treasury balances, the block's time), all pinned there.
 */
export async function readProposalsData(
  client: PublicClient,
  queries: QueryClient,
  p: ListKeyParams,
  events: readonly DaoEvent[],
): Promise<ProposalsData> {
  perfMark("list-read:start");
  const blockNumber = BigInt(p.syncedTo);
  const ofGovernor = addressIs(p.governor);
  const created = eventsNamed(events, "ProposalCreated").filter((e) => ofGovernor(e.address));
  const logged = loggedBlockTimes(events);
  const targets = [
    ...new Set(created.flatMap((c) => c.args.targets.map((t) => t.toLowerCase()))),
  ] as Address[];
  const own = [p.governor, p.timelock, p.token?.address].filter((a): a is Address => !!a);
  const others = targets.filter((t) => !own.some((o) => isAddressEqual(o, t)));
  const assets = movedAssets(
    created.flatMap(({ args: c }) =>
      c.targets.map((target, i) => ({ target, value: c.values[i] ?? 0n, calldata: c.calldatas[i] ?? "0x" })),
    ),
  );
  // Creation times stay exact: headers are read only for creation blocks no log gave a time for (older nodes).
  const unknownCreated = created.map((c) => BigInt(c.blockNumber)).filter((b) => !logged.has(Number(b)));
  const [clock, governor, probes, read, balances, code] = await Promise.all([
    measureClock(client, p, blockNumber, logged.size > 0),
    queries.fetchQuery(pinnedGovernorQueryOptions(p.pinned, events, client)),
    probeContracts(client, targets, blockNumber),
    readBlockTimes(client, p.chainId, unknownCreated),
    readTreasuryBalances(
      client,
      p.treasury,
      assets.filter((a) => !isAddressEqual(a, ETH)),
      Number(blockNumber),
    ).then((r) => balancesByAsset(r, assets)),
    readHasCode(client, others, blockNumber),
  ]);
  perfMark("list-read:end");
  const codeless = new Set([...code].filter(([, has]) => !has).map(([a]) => a.toLowerCase()));
  return assembleProposalsData(p, events, clock.now, {
    governor: governor.statuses,
    side: {
      probes,
      codeless,
      treasuryBalances: balances,
      times: [...clock.points, ...[...read].map(([b, s]) => [Number(b), s] as const)],
    },
  });
}
