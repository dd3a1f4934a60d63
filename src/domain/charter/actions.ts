import { type Address, decodeFunctionData, getAddress, type Hex, toFunctionSelector } from "viem";
import { ethicsCharterAbi } from "@/contracts/generated/ethics-charter";
import type { Action } from "../actions/types";

/** A proposal action that would change a charter, decoded from its calldata. */
export type CharterAction =
  | { kind: "ratify"; charter: Address; title: string; uri: string; contentHash: Hex }
  | { kind: "retire"; charter: Address; principleId: bigint; reason: string };

const RATIFY = toFunctionSelector("ratify(string,string,bytes32)");
const RETIRE = toFunctionSelector("retire(uint256,string)");

/** The charter change an action makes, or null when it calls anything else (or its calldata is malformed). */
export function charterActionOf(action: Action): CharterAction | null {
  const selector = action.calldata.slice(0, 10).toLowerCase();
  if (selector !== RATIFY && selector !== RETIRE) return null;
  try {
    const call = decodeFunctionData({ abi: ethicsCharterAbi, data: action.calldata });
    const charter = getAddress(action.target);
    if (call.functionName === "ratify") {
      const [title, uri, contentHash] = call.args;
      return { kind: "ratify", charter, title, uri, contentHash };
    }
    if (call.functionName === "retire") {
      const [principleId, reason] = call.args;
      return { kind: "retire", charter, principleId, reason };
    }
    return null;
  } catch {
    // A matching selector with bytes that do not decode is not a charter call we can describe.
    return null;
  }
}

/** The logged content of a proposal that charter discovery needs (ProposalCreated's targets and calldatas). */
export type TargetsLog = {
  targets: readonly Address[];
  values?: readonly bigint[];
  calldatas: readonly Hex[];
};

/** The actions of a ProposalCreated log. */
export function actionsOf(log: TargetsLog): Action[] {
  return log.targets.map((target, i) => ({
    target,
    value: log.values?.[i] ?? 0n,
    calldata: log.calldatas[i] ?? "0x",
  }));
}

/**
 * The addresses a DAO's proposals call `ratify` or `retire` on: the candidates for its charters. Only those
 * that then emit charter events are charters; narrowing by selector keeps the sync to a stream or two.
 */
export function charterCandidates(created: readonly TargetsLog[]): Address[] {
  const seen = new Map<string, Address>();
  for (const log of created)
    for (const action of actionsOf(log)) {
      const change = charterActionOf(action);
      if (change) seen.set(change.charter.toLowerCase(), change.charter);
    }
  return [...seen.values()].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()));
}
