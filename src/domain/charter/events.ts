import { type Address, getAddress, type Hex } from "viem";
import { type DaoEvent, eventsNamed } from "../events/decode";

/** Where and when a charter event was logged. */
export type LoggedAt = { block: number; logIndex: number; tx: Hex; timestamp: number | null };

/** A charter event in the app's terms. */
export type CharterEvent =
  | ({
      kind: "ratified";
      charter: Address;
      id: bigint;
      title: string;
      uri: string;
      contentHash: Hex;
    } & LoggedAt)
  | ({ kind: "retired"; charter: Address; id: bigint; reason: string } & LoggedAt);

const at = (e: DaoEvent): LoggedAt => ({
  block: e.blockNumber,
  logIndex: e.logIndex,
  tx: e.transactionHash,
  timestamp: e.blockTimestamp ?? null,
});

/** The PrincipleRatified / PrincipleRetired events among decoded logs, in chain order. */
export function charterEventsFrom(events: readonly DaoEvent[]): CharterEvent[] {
  const ratified = eventsNamed(events, "PrincipleRatified").map(
    (e): CharterEvent => ({ kind: "ratified", charter: getAddress(e.address), ...e.args, ...at(e) }),
  );
  const retired = eventsNamed(events, "PrincipleRetired").map(
    (e): CharterEvent => ({ kind: "retired", charter: getAddress(e.address), ...e.args, ...at(e) }),
  );
  return [...ratified, ...retired].sort((a, b) => a.block - b.block || a.logIndex - b.logIndex);
}

/** The governor's ProposalExecuted and ProposalCanceled logs, by proposal id. */
export function proposalOutcomes(events: readonly DaoEvent[], governor: Address) {
  const fromGovernor = events.filter((e) => e.address.toLowerCase() === governor.toLowerCase());
  const executed = new Map<bigint, { block: number; tx: Hex }>();
  for (const e of eventsNamed(fromGovernor, "ProposalExecuted"))
    executed.set(e.args.proposalId, { block: e.blockNumber, tx: e.transactionHash });
  const canceled = new Map<bigint, number>();
  for (const e of eventsNamed(fromGovernor, "ProposalCanceled"))
    canceled.set(e.args.proposalId, e.blockNumber);
  return { executed, canceled };
}
