import type { Address, Hex } from "viem";
import { proposalCategory } from "@/domain/actions/category";
import { decodeActions } from "@/domain/actions/decode";
import { knownContracts } from "@/domain/actions/known";
import { type DaoEvent, eventsNamed } from "@/domain/events/decode";
import { parseDescription } from "@/domain/proposals/description";
import { type AssetRow, assetMeta, ETH_META, sharesBps, type TokenMetaRead } from "./assets";
import { eventsUpTo, type TreasuryParties, treasuryFlows } from "./flows";
import { outsideOperations, proposalOperations } from "./operations";
import { type PendingProposal, pendingTiers, type TierSummary } from "./pending";
import { type Runway, runway } from "./runway";
import { type BalancePoint, type Reconciliation, reconcile } from "./series";
import type { AssetId, AssetMeta, Flow, OutsideOperation } from "./types";

/** What the chain said at the shown block: balances (null when the node could not answer), proposal states. */
export type TreasuryReads = {
  block: number;
  /** Seconds of the shown block. */
  now: number;
  balances: { eth: bigint; tokens: (TokenMetaRead & { balance: bigint | null })[] } | null;
  balancesError: string | null;
  /** Token metadata when the balances could not be read at the block (read at the head instead). */
  metaFallback: TokenMetaRead[];
  ethSamples: { block: number; balance: bigint }[];
  ethSamplesAsked: number;
  /** state/tally per proposal id; null when the node could not answer (states then come from logs). */
  statuses: Map<bigint, Pick<PendingProposal, "state" | "tally" | "eta">> | null;
  times: ReadonlyMap<number, number>;
};

/** Everything the treasury page shows, as of one block. */
export type TreasuryReport = {
  block: number;
  parties: TreasuryParties;
  assets: AssetRow[];
  meta: Map<AssetId, AssetMeta>;
  flows: Flow[];
  reconciliations: Map<AssetId, Reconciliation>;
  outside: OutsideOperation[];
  tiers: TierSummary[];
  runways: Runway[];
  statesFromLogs: boolean;
  eth: { samples: BalancePoint[]; asked: number; balance: bigint | null };
  titles: Map<bigint, string>;
};

/** Proposal states from logs alone (for blocks whose state the node no longer serves): Queued after
 * ProposalQueued, Executed/Canceled after those; anything else is not counted as pending. */
function statesFromLogs(
  events: readonly DaoEvent[],
): Map<bigint, Pick<PendingProposal, "state" | "tally" | "eta">> {
  const out = new Map<bigint, Pick<PendingProposal, "state" | "tally" | "eta">>();
  for (const e of eventsNamed(events, "ProposalQueued"))
    out.set(e.args.proposalId, { state: "Queued", tally: null, eta: e.args.etaSeconds });
  for (const e of eventsNamed(events, "ProposalExecuted"))
    out.set(e.args.proposalId, { state: "Executed", tally: null, eta: null });
  for (const e of eventsNamed(events, "ProposalCanceled"))
    out.set(e.args.proposalId, { state: "Canceled", tally: null, eta: null });
  return out;
}

/** Assembles the treasury as of `reads.block` from the synced history and the reads at that block. */
export function treasuryReport(
  allEvents: readonly DaoEvent[],
  parties: TreasuryParties,
  token: { address: Address; symbol: string; decimals: number } | null,
  reads: TreasuryReads,
): TreasuryReport {
  const events = eventsUpTo(allEvents, reads.block);
  const created = eventsNamed(events, "ProposalCreated").filter(
    (e) => e.address.toLowerCase() === parties.governor.toLowerCase(),
  );
  const tokenReads = reads.balances?.tokens ?? reads.metaFallback;
  const probes = tokenReads.map((t) => ({
    address: t.token,
    erc20: t.symbol !== null ? { symbol: t.symbol, decimals: t.decimals ?? 0 } : null,
    charter: false,
  }));
  const known = knownContracts({ governor: parties.governor, timelock: parties.timelock, token }, probes);
  const categories = new Map<bigint, "funding" | "other">();
  const titles = new Map<bigint, string>();
  for (const c of created) {
    const actions = c.args.targets.map((target, k) => ({
      target,
      value: c.args.values[k] ?? 0n,
      calldata: c.args.calldatas[k] ?? ("0x" as Hex),
    }));
    categories.set(
      c.args.proposalId,
      proposalCategory(decodeActions(actions, known)) === "funding" ? "funding" : "other",
    );
    titles.set(c.args.proposalId, parseDescription(c.args.description).title);
  }
  const operations = parties.timelock ? proposalOperations(events, parties.governor) : new Map<Hex, bigint>();
  const flows = treasuryFlows({ events, parties, operations, categories, times: reads.times });

  const meta = new Map<AssetId, AssetMeta>([["ETH", ETH_META]]);
  for (const t of tokenReads) meta.set(t.token.toLowerCase() as AssetId, assetMeta(t));
  for (const f of flows)
    if (!meta.has(f.asset))
      meta.set(
        f.asset,
        assetMeta({ token: f.asset as Address, symbol: null, symbolKind: null, decimals: null }),
      );

  const reconciliations = new Map<AssetId, Reconciliation>();
  const balances = new Map<AssetId, bigint>();
  const sources = new Map<AssetId, string>();
  const n = reads.block.toLocaleString("en-US");
  for (const id of meta.keys()) {
    if (id === "ETH") continue;
    const read = reads.balances?.tokens.find((t) => t.token.toLowerCase() === id)?.balance ?? null;
    const r = reconcile(flows, id, read, reads.block, reads.balancesError ?? "balanceOf reverted");
    // A token first received after the shown block is not part of the treasury as it stood then.
    if (r.logs === 0 && (read ?? 0n) === 0n) continue;
    reconciliations.set(id, r);
    balances.set(id, read ?? r.computed);
    sources.set(
      id,
      read !== null ? `balanceOf at block ${n}` : `sum of ${r.logs} Transfer logs through block ${n}`,
    );
  }
  const ethBalance = reads.balances?.eth ?? null;
  if (ethBalance !== null) {
    balances.set("ETH", ethBalance);
    sources.set("ETH", `eth_getBalance at block ${n}`);
  }
  const ids = [...balances.keys()];
  const shares = sharesBps(
    ids.map((id) => ({ balance: balances.get(id) ?? 0n, decimals: meta.get(id)?.decimals ?? 0 })),
  );
  const assets: AssetRow[] = ids
    .map((id, k) => ({
      meta: meta.get(id) ?? ETH_META,
      balance: balances.get(id) ?? 0n,
      source: sources.get(id) ?? "",
      shareBps: shares[k] ?? 0,
    }))
    .sort((a, b) => (a.meta.id === "ETH" ? -1 : b.meta.id === "ETH" ? 1 : b.shareBps - a.shareBps));

  const states = reads.statuses ?? statesFromLogs(events);
  const pending: PendingProposal[] = created.flatMap((c) => {
    const s = states.get(c.args.proposalId);
    return s
      ? [
          {
            id: c.args.proposalId,
            title: titles.get(c.args.proposalId) ?? "",
            ...s,
            targets: c.args.targets,
            values: c.args.values,
            calldatas: c.args.calldatas,
          },
        ]
      : [];
  });
  const tiers = pendingTiers(pending, balances, parties.treasury);
  const surer = (id: AssetId) => (tiers[0]?.totals.get(id) ?? 0n) + (tiers[1]?.totals.get(id) ?? 0n);
  const runways = ids.map((id) => runway(flows, id, balances.get(id) ?? 0n, surer(id), reads.now));
  return {
    block: reads.block,
    parties,
    assets,
    meta,
    flows,
    reconciliations,
    outside: parties.timelock ? outsideOperations(events, parties.timelock, operations) : [],
    tiers,
    runways,
    statesFromLogs: reads.statuses === null,
    eth: {
      samples: reads.ethSamples.map((x) => ({ ...x, timestamp: reads.times.get(x.block) ?? null })),
      asked: reads.ethSamplesAsked,
      balance: ethBalance,
    },
    titles,
  };
}
