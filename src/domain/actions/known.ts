import { type Address, erc20Abi, isAddressEqual } from "viem";
import { ethicsCharterAbi } from "@/contracts/generated/ethics-charter";
import { ozGovernorAbi } from "@/contracts/generated/oz-governor";
import { ozTimelockAbi } from "@/contracts/generated/oz-timelock";
import { ozVotesTokenAbi } from "@/contracts/generated/oz-votes-token";
import { compoundTimelockAbi, otherGovernorVersionsAbi } from "./governor-versions";
import type { KnownContract } from "./types";

/** What the app knows of a DAO's own contracts. */
export type DaoContractsInfo = {
  governor: Address;
  timelock: Address | null;
  token: { address: Address; symbol: string; decimals: number } | null;
};

/** A probed proposal target: an ERC-20, an ethics charter, or neither. */
export type Probe = {
  address: Address;
  erc20: { symbol: string; decimals: number } | null;
  charter: boolean;
};

/** The contracts proposals can be decoded against: the DAO's own, then probed ERC-20s and charters. */
export function knownContracts(dao: DaoContractsInfo, probes: readonly Probe[]): KnownContract[] {
  const known: KnownContract[] = [
    {
      address: dao.governor,
      label: "Governor",
      kind: "governor",
      abi: [...ozGovernorAbi, ...otherGovernorVersionsAbi],
    },
  ];
  if (dao.timelock) {
    known.push({
      address: dao.timelock,
      label: "Treasury (timelock)",
      kind: "timelock",
      abi: [...ozTimelockAbi, ...compoundTimelockAbi],
    });
  }
  if (dao.token) {
    const { address, symbol, decimals } = dao.token;
    known.push({
      address,
      label: `${symbol} token`,
      kind: "token",
      abi: ozVotesTokenAbi,
      symbol,
      decimals,
    });
  }
  for (const p of probes) {
    if (known.some((k) => isAddressEqual(k.address, p.address))) continue;
    if (p.charter)
      known.push({ address: p.address, label: "Ethics charter", kind: "charter", abi: ethicsCharterAbi });
    else if (p.erc20) {
      known.push({ address: p.address, label: p.erc20.symbol, kind: "erc20", abi: erc20Abi, ...p.erc20 });
    }
  }
  return known;
}

/** The probed contracts of a known set, back as probes (what a device keeps with its last confirmed list, so a
 * list painted from logs alone decodes grants and charter calls as the read did, instead of as "Other"). */
export function probesOf(known: readonly KnownContract[]): Probe[] {
  return known.flatMap((k): Probe[] => {
    if (k.kind === "charter") return [{ address: k.address, erc20: null, charter: true }];
    if (k.kind === "erc20" && k.symbol !== undefined && k.decimals !== undefined)
      return [{ address: k.address, erc20: { symbol: k.symbol, decimals: k.decimals }, charter: false }];
    return [];
  });
}
