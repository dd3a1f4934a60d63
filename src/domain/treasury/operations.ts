import { type Address, encodeAbiParameters, type Hex, keccak256, pad, toHex } from "viem";
import type { DaoEvent } from "@/domain/events/decode";
import { eventsNamed } from "@/domain/events/decode";
import type { OutsideOperation } from "./types";

const ZERO = pad("0x", { size: 32 });

/** The TimelockController operation id an OZ 5 GovernorTimelockControl schedules for a proposal:
 * hashOperationBatch(targets, values, calldatas, 0, salt) with salt = bytes20(governor) ^ descriptionHash. */
export function timelockOperationId(
  governor: Address,
  p: {
    targets: readonly Address[];
    values: readonly bigint[];
    calldatas: readonly Hex[];
    descriptionHash: Hex;
  },
): Hex {
  // bytes20(address) sits in the high 20 bytes of the bytes32 salt.
  const salt = toHex(BigInt(pad(governor, { dir: "right", size: 32 })) ^ BigInt(p.descriptionHash), {
    size: 32,
  });
  return keccak256(
    encodeAbiParameters(
      [
        { type: "address[]" },
        { type: "uint256[]" },
        { type: "bytes[]" },
        { type: "bytes32" },
        { type: "bytes32" },
      ],
      [p.targets, p.values, p.calldatas, ZERO, salt],
    ),
  );
}

/** Operation id → proposal id, for every proposal this governor created. */
export function proposalOperations(events: readonly DaoEvent[], governor: Address): Map<Hex, bigint> {
  const out = new Map<Hex, bigint>();
  for (const e of eventsNamed(events, "ProposalCreated")) {
    if (e.address.toLowerCase() !== governor.toLowerCase()) continue;
    const descriptionHash = keccak256(toHex(e.args.description));
    const id = timelockOperationId(governor, {
      targets: e.args.targets,
      values: e.args.values,
      calldatas: e.args.calldatas,
      descriptionHash,
    });
    out.set(id.toLowerCase() as Hex, e.args.proposalId);
  }
  return out;
}

/** Timelock operations scheduled by someone other than this governor's proposals (another proposer role
 * holder): they move money or change rules without a vote. */
export function outsideOperations(
  events: readonly DaoEvent[],
  timelock: Address,
  own: ReadonlyMap<Hex, bigint>,
): OutsideOperation[] {
  const mine = (e: DaoEvent) => e.address.toLowerCase() === timelock.toLowerCase();
  const ops = new Map<Hex, OutsideOperation>();
  for (const e of eventsNamed(events, "CallScheduled")) {
    const id = e.args.id.toLowerCase() as Hex;
    if (!mine(e) || own.has(id)) continue;
    const op = ops.get(id) ?? {
      id,
      calls: [],
      scheduledBlock: e.blockNumber,
      scheduledTx: e.transactionHash,
      executedBlock: null,
      cancelled: false,
    };
    op.calls.push({ index: e.args.index, target: e.args.target, value: e.args.value, data: e.args.data });
    ops.set(id, op);
  }
  for (const e of eventsNamed(events, "CallExecuted")) {
    const op = mine(e) ? ops.get(e.args.id.toLowerCase() as Hex) : undefined;
    if (op) op.executedBlock = e.blockNumber;
  }
  for (const e of eventsNamed(events, "Cancelled")) {
    const op = mine(e) ? ops.get(e.args.id.toLowerCase() as Hex) : undefined;
    if (op) op.cancelled = true;
  }
  return [...ops.values()];
}
