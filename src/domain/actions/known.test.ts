import { type Address, encodeFunctionData, erc20Abi } from "viem";
import { describe, expect, it } from "vitest";
import { ethicsCharterAbi } from "@/contracts/generated/ethics-charter";
import { proposalCategory } from "./category";
import { decodeActions } from "./decode";
import { knownContracts, type Probe, probesOf } from "./known";

const dao = {
  governor: "0x00000000000000000000000000000000000000a1" as Address,
  timelock: "0x00000000000000000000000000000000000000a2" as Address,
  token: { address: "0x00000000000000000000000000000000000000a3" as Address, symbol: "VOTE", decimals: 18 },
};
const usd = "0x00000000000000000000000000000000000000a4" as Address;
const charter = "0x00000000000000000000000000000000000000a5" as Address;
const grantee = "0x0000000000000000000000000000000000000009" as Address;
const probes: Probe[] = [
  { address: usd, erc20: { symbol: "tUSD", decimals: 6 }, charter: false },
  { address: charter, erc20: null, charter: true },
];

const grant = [
  {
    target: usd,
    value: 0n,
    calldata: encodeFunctionData({ abi: erc20Abi, functionName: "transfer", args: [grantee, 5_000_000n] }),
  },
];
const ratify = [
  {
    target: charter,
    value: 0n,
    calldata: encodeFunctionData({
      abi: ethicsCharterAbi,
      functionName: "ratify",
      args: ["Consent", "ipfs://x", `0x${"11".repeat(32)}`],
    }),
  },
];

describe("probesOf", () => {
  it("gives back the probes a known set was built from, and nothing for the DAO's own contracts", () => {
    expect(probesOf(knownContracts(dao, probes))).toEqual(probes);
    expect(probesOf(knownContracts(dao, []))).toEqual([]);
  });

  it("lets a list from logs alone categorise grants and charter calls as the read did", () => {
    const kept = knownContracts(dao, probesOf(knownContracts(dao, probes)));
    expect(proposalCategory(decodeActions(grant, kept))).toBe("funding");
    expect(proposalCategory(decodeActions(ratify, kept))).toBe("ethics");
    // Without them (the bug it fixes): both were "other" until the read answered.
    const bare = knownContracts(dao, []);
    expect(proposalCategory(decodeActions(grant, bare))).toBe("other");
    expect(proposalCategory(decodeActions(ratify, bare))).toBe("other");
  });
});
