import { decodeFunctionData } from "viem";
import { describe, expect, it } from "vitest";
import { ozGovernorAbi } from "@/contracts/generated/oz-governor";
import { ozTimelockAbi } from "@/contracts/generated/oz-timelock";
import { availableSettings, encodeParameter, type GovernanceSettingsRead } from "./template-parameter";

const GOV = "0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0";
const TL = "0xCf7Ed3AccA5a467e9e704C703E8D87F634fB0Fc9";
const read: GovernanceSettingsRead = {
  governor: GOV,
  timelock: TL,
  votingDelay: 7200n,
  votingPeriod: 50400n,
  proposalThreshold: 1000n * 10n ** 18n,
  quorumNumerator: 4n,
  quorumDenominator: 100n,
  lateQuorumVoteExtension: null,
  timelockMinDelay: 172800n,
};
const blocks = {
  clock: { kind: "blocknumber" } as const,
  blockSeconds: 12,
  tokenDecimals: 18,
  tokenSymbol: "AIC",
};

describe("parameter template", () => {
  it("offers only the settings this governor has, with current values in its clock's unit", () => {
    const s = availableSettings(read, blocks);
    expect(s.map((x) => [x.key, x.currentText, x.unitLabel])).toEqual([
      ["votingDelay", "7,200 blocks (~1 day)", "blocks"],
      ["votingPeriod", "50,400 blocks (~7 days)", "blocks"],
      ["proposalThreshold", "1000 AIC", "AIC"],
      ["quorumNumerator", "4 of 100 of the supply", "of 100"],
      ["timelockMinDelay", "2 days", "seconds"],
    ]);
    const guild = availableSettings(
      {
        ...read,
        timelock: null,
        timelockMinDelay: null,
        lateQuorumVoteExtension: 3600n,
        votingDelay: 86400n,
      },
      { ...blocks, clock: { kind: "timestamp" } },
    );
    expect(guild.map((x) => [x.key, x.currentText])).toEqual([
      ["votingDelay", "1 day"],
      ["votingPeriod", "14 h"],
      ["proposalThreshold", "1000 AIC"],
      ["quorumNumerator", "4 of 100 of the supply"],
      ["lateQuorumVoteExtension", "1 h"],
    ]);
  });

  it("encodes each setter on the right contract", () => {
    const s = availableSettings(read, blocks);
    const at = (k: string) => s.find((x) => x.key === k);
    const period = encodeParameter(at("votingPeriod"), "36000", blocks);
    expect(period.ok && period.actions[0]?.target).toBe(GOV);
    expect(
      period.ok && decodeFunctionData({ abi: ozGovernorAbi, data: period.actions[0]?.calldata ?? "0x" }),
    ).toMatchObject({ functionName: "setVotingPeriod", args: [36000] });
    const threshold = encodeParameter(at("proposalThreshold"), "500.5", blocks);
    expect(
      threshold.ok &&
        decodeFunctionData({ abi: ozGovernorAbi, data: threshold.actions[0]?.calldata ?? "0x" }).args,
    ).toEqual([500_500_000_000_000_000_000n]);
    const delay = encodeParameter(at("timelockMinDelay"), "86400", blocks);
    expect(delay.ok && delay.actions[0]?.target).toBe(TL);
    expect(
      delay.ok &&
        decodeFunctionData({ abi: ozTimelockAbi, data: delay.actions[0]?.calldata ?? "0x" }).functionName,
    ).toBe("updateDelay");
  });

  it.each([
    ["quorumNumerator", "101", "At most 100."],
    ["votingPeriod", "0", "The voting period cannot be zero (the governor refuses it)."],
    ["votingDelay", "1.5", "Enter a whole number of blocks."],
    ["votingDelay", "7200", "That is already the current value."],
    ["votingPeriod", "5000000000", "At most 4294967295."],
  ])("%s = %s: %s", (key, value, message) => {
    const s = availableSettings(read, blocks).find((x) => x.key === key);
    expect(encodeParameter(s, value, blocks)).toEqual({ ok: false, errors: [{ field: "value", message }] });
  });
});
