import type { Address, Hex } from "viem";
import { type DaoEvent, eventsNamed } from "@/domain/events/decode";
import type { AssetId, Flow, FlowLink } from "./types";

/** Who the treasury is and which contract schedules its calls. `timelockKind` "compound": Compound's Timelock
 * (GovernorAlpha/Bravo: QueueTransaction/ExecuteTransaction by hash, no TimelockController operations or roles). */
export type TreasuryParties = {
  treasury: Address;
  governor: Address;
  timelock: Address | null;
  timelockKind?: "timelock-controller" | "compound";
};

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** Every event through block `at` (inclusive): the history as it stood then. */
export const eventsUpTo = (events: readonly DaoEvent[], at: number) =>
  events.filter((e) => e.blockNumber <= at);

/** What each transaction executed: the proposals (ProposalExecuted) and timelock operations (CallExecuted). */
function executionsByTx(events: readonly DaoEvent[], p: TreasuryParties) {
  const byTx = new Map<Hex, { proposals: bigint[]; operations: Hex[] }>();
  const entry = (tx: Hex) => {
    let e = byTx.get(tx);
    if (!e) {
      e = { proposals: [], operations: [] };
      byTx.set(tx, e);
    }
    return e;
  };
  for (const e of eventsNamed(events, "ProposalExecuted"))
    if (same(e.address, p.governor)) entry(e.transactionHash).proposals.push(e.args.proposalId);
  if (p.timelock) {
    const timelock = p.timelock;
    for (const e of eventsNamed(events, "CallExecuted"))
      if (same(e.address, timelock)) entry(e.transactionHash).operations.push(e.args.id.toLowerCase() as Hex);
  }
  return byTx;
}

/** The link of a move made in transaction `tx`: through the timelock's operation id when there is a timelock
 * (a proposal only if its operation id is this governor's), else the governor's own execution. */
function linkOf(
  tx: Hex,
  byTx: ReturnType<typeof executionsByTx>,
  ops: ReadonlyMap<Hex, bigint>,
  hasTimelock: boolean,
): FlowLink {
  const ex = byTx.get(tx);
  if (!ex) return { kind: "none" };
  if (hasTimelock) {
    for (const op of ex.operations) {
      const proposalId = ops.get(op);
      if (proposalId !== undefined) return { kind: "proposal", proposalId };
    }
    const outside = ex.operations[0];
    if (outside) return { kind: "outside", operationId: outside };
    // No TimelockController operation ran (a Compound Timelock logs none): the governor's execution pays.
  }
  const proposalId = ex.proposals[0];
  return proposalId === undefined ? { kind: "none" } : { kind: "proposal", proposalId };
}

/** Inputs of `treasuryFlows`: the history, who is who, operation ids of this governor's proposals, and the
 * category of each proposal ("funding" when it moves money, as `proposalCategory` decides). */
export type FlowInputs = {
  events: readonly DaoEvent[];
  parties: TreasuryParties;
  operations: ReadonlyMap<Hex, bigint>;
  categories: ReadonlyMap<bigint, "funding" | "other">;
  /** Block times known from elsewhere (headers read for blocks whose logs carried none). */
  times?: ReadonlyMap<number, number>;
};

/** Every ERC-20 move into or out of the treasury (Transfer logs, exact) and every ETH payment it made
 * (the value of each CallExecuted, or of each action of an executed proposal where there is no timelock),
 * in chain order, each linked to what paid it. ETH received is not in any log, so it is not here. */
export function treasuryFlows(i: FlowInputs): Flow[] {
  const { treasury, timelock } = i.parties;
  const byTx = executionsByTx(i.events, i.parties);
  const flows: Flow[] = [];
  const push = (
    e: DaoEvent,
    f: Omit<Flow, "id" | "block" | "logIndex" | "tx" | "timestamp" | "link" | "category">,
    link?: FlowLink,
  ) => {
    const l = link ?? linkOf(e.transactionHash, byTx, i.operations, timelock !== null);
    const category = l.kind === "proposal" ? (i.categories.get(l.proposalId) ?? "other") : "other";
    flows.push({
      ...f,
      id: `${e.blockNumber}:${e.logIndex}${f.asset === "ETH" ? `:${flows.length}` : ""}`,
      block: e.blockNumber,
      logIndex: e.logIndex,
      tx: e.transactionHash,
      timestamp: e.blockTimestamp ?? i.times?.get(e.blockNumber) ?? null,
      link: l,
      category,
    });
  };
  for (const e of eventsNamed(i.events, "Transfer")) {
    const { from, to, value } = e.args;
    if (same(from, to)) continue; // a self-transfer moves nothing
    const asset = e.address.toLowerCase() as AssetId;
    if (same(to, treasury))
      push(e, { asset, direction: "in", amount: value, counterparty: from, source: "Transfer log" });
    else if (same(from, treasury))
      push(e, { asset, direction: "out", amount: value, counterparty: to, source: "Transfer log" });
  }
  if (timelock) {
    for (const e of eventsNamed(i.events, "CallExecuted")) {
      // A value sent to the treasury itself never leaves it (as a self-transfer above).
      if (!same(e.address, timelock) || e.args.value === 0n || same(e.args.target, treasury)) continue;
      const proposalId = i.operations.get(e.args.id.toLowerCase() as Hex);
      const link: FlowLink =
        proposalId === undefined
          ? { kind: "outside", operationId: e.args.id }
          : { kind: "proposal", proposalId };
      push(
        e,
        {
          asset: "ETH",
          direction: "out",
          amount: e.args.value,
          counterparty: e.args.target,
          source: "CallExecuted value",
        },
        link,
      );
    }
  } else {
    const created = new Map(eventsNamed(i.events, "ProposalCreated").map((c) => [c.args.proposalId, c.args]));
    for (const e of eventsNamed(i.events, "ProposalExecuted")) {
      const c = same(e.address, i.parties.governor) ? created.get(e.args.proposalId) : undefined;
      c?.values.forEach((value, k) => {
        const target = c.targets[k];
        if (value === 0n || !target || same(target, treasury)) return;
        const link: FlowLink = { kind: "proposal", proposalId: e.args.proposalId };
        push(
          e,
          {
            asset: "ETH",
            direction: "out",
            amount: value,
            counterparty: target,
            source: "ProposalCreated value, executed",
          },
          link,
        );
      });
    }
  }
  return flows.sort((a, b) => a.block - b.block || a.logIndex - b.logIndex);
}
