import type { Address } from "viem";
import { ozGovernorAbi } from "@/contracts/generated/oz-governor";
import { compoundGovernorAbi, governorProbeAbi } from "./bravo-abi";
import { settledOrNull as ok, type Settled } from "./multicall";

/** What the contract answered to the detection probe, read at one block (null: the call reverted). */
export type GovernorKindProbe = {
  /** supportsInterface with OZ 5.x's IGovernor ids (with and without getProposalId). */
  supportsOz5: boolean | null;
  /** supportsInterface with OZ 4.9's own id (cancel ^ proposalProposer). */
  supportsOz49: boolean | null;
  /** supportsInterface with the 4.3 / 4.6 ids that every 4.x from 4.6 on still answers. */
  supportsOz4: boolean | null;
  countingMode: string | null;
  version: string | null;
  clockMode: string | null;
  proposalCount: bigint | null;
  quorumVotes: bigint | null;
  /** GovernorBravoDelegator's proxy slots (Compound's upgradeable Bravo). */
  implementation: Address | null;
  admin: Address | null;
  /** GovernorBravoDelegate's first id (Bravo continues Alpha's counter). */
  initialProposalId: bigint | null;
  /** Which VoteCast the governor's logs carry, when some were seen: Alpha's has a bool support. */
  voteCastSeen?: "bool" | "uint8" | null;
};

/** IGovernor interface ids, computed with solc from OpenZeppelin's sources (`type(IGovernor).interfaceId`). */
export const GOVERNOR_INTERFACE_IDS = {
  /** 5.x: IGovernor, and IGovernor ^ getProposalId (5.1 on). */
  oz5: ["0xcdbdfcee", "0x65455a86"],
  /** 4.9's own id: cancel ^ proposalProposer. */
  oz49: ["0x51159c06"],
  /** The 4.3 and 4.6 ids, still answered by later 4.x releases. */
  oz4: ["0x85690540", "0x79dd796f"],
} as const;

/** The detection probe's calls plus the voting token under any of its names (token(), comp(), uni()), for one
 * multicall (`kindProbeFrom` reads its results). */
export function governorKindCalls(governor: Address) {
  const gov = { address: governor, abi: ozGovernorAbi } as const;
  const probe = { address: governor, abi: governorProbeAbi } as const;
  const compound = { address: governor, abi: compoundGovernorAbi } as const;
  const ids = [...GOVERNOR_INTERFACE_IDS.oz5, ...GOVERNOR_INTERFACE_IDS.oz49, ...GOVERNOR_INTERFACE_IDS.oz4];
  return [
    ...ids.map((id) => ({ ...probe, functionName: "supportsInterface", args: [id] }) as const),
    { ...gov, functionName: "COUNTING_MODE" },
    { ...gov, functionName: "version" },
    { ...gov, functionName: "CLOCK_MODE" },
    { ...compound, functionName: "proposalCount" },
    { ...compound, functionName: "quorumVotes" },
    { ...probe, functionName: "implementation" },
    { ...probe, functionName: "admin" },
    { ...probe, functionName: "initialProposalId" },
    { ...probe, functionName: "token" },
    { ...probe, functionName: "comp" },
    { ...probe, functionName: "uni" },
  ] as const;
}

/** The probe as the results of `governorKindCalls` (in its order) answer it. */
export function kindProbeFrom(results: readonly Settled<unknown>[]): {
  probe: GovernorKindProbe;
  votesToken: Address | null;
} {
  const at = <T>(i: number) => {
    const r = results[i];
    return r ? (ok(r) as T | null) : null;
  };
  const answered = (from: number, count: number) => {
    const answers = Array.from({ length: count }, (_, k) => at<boolean>(from + k));
    if (answers.some((a) => a === true)) return true;
    return answers.some((a) => a === false) ? false : null;
  };
  const n5 = GOVERNOR_INTERFACE_IDS.oz5.length;
  const n49 = GOVERNOR_INTERFACE_IDS.oz49.length;
  const base = n5 + n49 + GOVERNOR_INTERFACE_IDS.oz4.length;
  return {
    probe: {
      supportsOz5: answered(0, n5),
      supportsOz49: answered(n5, n49),
      supportsOz4: answered(n5 + n49, GOVERNOR_INTERFACE_IDS.oz4.length),
      countingMode: at<string>(base),
      version: at<string>(base + 1),
      clockMode: at<string>(base + 2),
      proposalCount: at<bigint>(base + 3),
      quorumVotes: at<bigint>(base + 4),
      implementation: at<Address>(base + 5),
      admin: at<Address>(base + 6),
      initialProposalId: at<bigint>(base + 7),
    },
    votesToken: at<Address>(base + 8) ?? at<Address>(base + 9) ?? at<Address>(base + 10),
  };
}
