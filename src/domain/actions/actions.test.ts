import { type Address, encodeFunctionData, erc20Abi, keccak256, parseEther, toHex } from "viem";
import { describe, expect, it } from "vitest";
import { aiCommonsGovernorAbi } from "@/contracts/generated/ai-commons-governor";
import { aiCommonsTokenAbi } from "@/contracts/generated/ai-commons-token";
import { ethicsCharterAbi } from "@/contracts/generated/ethics-charter";
import { testUsdAbi } from "@/contracts/generated/test-usd";
import { timelockControllerAbi } from "@/contracts/generated/timelock-controller";
import { proposalCategory } from "./category";
import { decodeAction, decodeActions } from "./decode";
import { ETH } from "./outflows";
import { riskFlags } from "./risk";
import type { KnownContract } from "./types";

const addr = (n: number): Address => `0x${n.toString(16).padStart(40, "0")}`;
const governor = addr(0xa1);
const timelock = addr(0xa2);
const token = addr(0xa3);
const usd = addr(0xa4);
const charter = addr(0xa5);
const outsider = addr(0xbad);
const grantee = addr(0x9);

const known: KnownContract[] = [
  { address: governor, label: "Governor", kind: "governor", abi: aiCommonsGovernorAbi },
  { address: timelock, label: "Treasury (timelock)", kind: "timelock", abi: timelockControllerAbi },
  { address: token, label: "AIC", kind: "token", abi: aiCommonsTokenAbi, decimals: 18, symbol: "AIC" },
  { address: usd, label: "tUSD", kind: "erc20", abi: testUsdAbi, decimals: 6, symbol: "tUSD" },
  { address: charter, label: "Ethics charter", kind: "charter", abi: ethicsCharterAbi },
];

const call = (target: Address, calldata: `0x${string}`, value = 0n) => ({ target, value, calldata });
const usdTransfer = (amount: bigint) =>
  call(usd, encodeFunctionData({ abi: erc20Abi, functionName: "transfer", args: [grantee, amount] }));
const proposerRole = keccak256(toHex("PROPOSER_ROLE"));
const grant = (who: Address) =>
  call(
    timelock,
    encodeFunctionData({ abi: timelockControllerAbi, functionName: "grantRole", args: [proposerRole, who] }),
  );
const ratify = call(
  charter,
  encodeFunctionData({
    abi: ethicsCharterAbi,
    functionName: "ratify",
    args: ["Human oversight", "ipfs://x", keccak256("0x01")],
  }),
);

describe("decodeAction", () => {
  it("names the function, its arguments and formats token amounts", () => {
    const d = decodeAction(usdTransfer(40_000_000_000n), 0, known);
    expect(d.targetLabel).toBe("tUSD");
    expect(d.call?.functionName).toBe("transfer");
    expect(d.call?.args[0]).toMatchObject({ name: "to", value: grantee });
    expect(d.call?.args[1]?.amount).toEqual({ value: 40_000_000_000n, decimals: 6, symbol: "tUSD" });
    expect(d.opaque).toBeNull();
  });

  it("labels role ids and the DAO's own addresses", () => {
    const d = decodeAction(grant(governor), 0, known);
    expect(d.call?.args[0]?.label).toBe("PROPOSER_ROLE");
    expect(d.call?.args[1]?.label).toBe("Governor");
  });

  it("treats empty calldata with value as a plain ETH transfer", () => {
    const d = decodeAction(call(grantee, "0x", parseEther("2")), 3, known);
    expect(d).toMatchObject({ index: 3, call: null, opaque: null, value: parseEther("2") });
  });

  it("marks unknown targets and unknown selectors instead of guessing", () => {
    expect(decodeAction(call(outsider, "0xdeadbeef00"), 0, known).opaque).toBe("unknown-target");
    expect(decodeAction(call(charter, "0xdeadbeef00"), 0, known).opaque).toBe("unknown-selector");
    const erc20OnUnknown = decodeAction(call(outsider, usdTransfer(1n).calldata), 0, known);
    expect(erc20OnUnknown.call?.functionName).toBe("transfer");
    expect(erc20OnUnknown.opaque).toBe("unknown-target");
  });
});

describe("riskFlags", () => {
  it("flags a role granted to an outside account as critical, not one granted to the governor", () => {
    const flags = riskFlags(decodeActions([grant(outsider)], known), { known });
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({
      level: "critical",
      title: "Grants PROPOSER_ROLE to an outside account",
    });
    expect(riskFlags(decodeActions([grant(governor)], known), { known })).toEqual([]);
  });

  it("puts outflows in proportion to the treasury", () => {
    const balances = new Map<Address, bigint>([
      [usd, 100_000_000_000n],
      [ETH, parseEther("10")],
    ]);
    const ctx = { known, treasuryBalances: balances };
    expect(riskFlags(decodeActions([usdTransfer(5_000_000_000n)], known), ctx)).toEqual([]);
    expect(riskFlags(decodeActions([usdTransfer(20_000_000_000n)], known), ctx)[0]?.level).toBe("warning");
    expect(riskFlags(decodeActions([call(grantee, "0x", parseEther("6"))], known), ctx)[0]?.level).toBe(
      "critical",
    );
  });

  it("flags governance rule changes, mints and opaque calls", () => {
    const setPeriod = call(
      governor,
      encodeFunctionData({ abi: aiCommonsGovernorAbi, functionName: "setVotingPeriod", args: [10] }),
    );
    const mint = call(
      token,
      encodeFunctionData({ abi: aiCommonsTokenAbi, functionName: "mint", args: [grantee, 10n ** 21n] }),
    );
    const flags = riskFlags(decodeActions([setPeriod, mint, call(outsider, "0x12345678")], known), {
      known,
      votingSupply: 10n ** 22n,
    });
    expect(flags.map((f) => f.title)).toEqual(["Changes governance rules", "Mints tokens", "Opaque call"]);
    expect(flags[1]?.detail).toContain("10% of supply");
  });

  it("sorts critical flags first", () => {
    const flags = riskFlags(decodeActions([call(outsider, "0x12345678"), grant(outsider)], known), { known });
    expect(flags.map((f) => f.level)).toEqual(["critical", "warning"]);
  });
});

describe("proposalCategory", () => {
  it.each([
    ["ethics wins over funding", [ratify, usdTransfer(1n)], "ethics"],
    ["a tUSD grant is funding", [usdTransfer(1n)], "funding"],
    ["an ETH grant is funding", [call(grantee, "0x", 1n)], "funding"],
    [
      "a quorum change is parameters",
      [
        call(
          governor,
          encodeFunctionData({
            abi: aiCommonsGovernorAbi,
            functionName: "updateQuorumNumerator",
            args: [5n],
          }),
        ),
      ],
      "parameters",
    ],
    ["a role grant is other", [grant(outsider)], "other"],
    ["no actions is other", [], "other"],
  ] as const)("%s", (_, actions, expected) => {
    expect(proposalCategory(decodeActions(actions, known))).toBe(expected);
  });
});
