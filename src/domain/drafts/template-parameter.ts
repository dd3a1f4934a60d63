import { type Address, encodeFunctionData, formatUnits } from "viem";
import type { GovernanceSettingsRead } from "@/chain/reads/builder-context";
import { ozGovernorAbi } from "@/contracts/generated/oz-governor";
import { ozTimelockAbi } from "@/contracts/generated/oz-timelock";
import { parseAmount } from "@/domain/abi-form/amount";
import { type ClockMode, describeDuration, humanSeconds } from "@/domain/dao/clock";
import type { TemplateResult } from "./template-result";

export type { GovernanceSettingsRead };

type Unit = "clock" | "seconds" | "votes" | "quorum";

/** One setting a parameter-change proposal can set, with its current value in words. */
export type Setting = {
  key:
    | "votingDelay"
    | "votingPeriod"
    | "proposalThreshold"
    | "quorumNumerator"
    | "lateQuorumVoteExtension"
    | "timelockMinDelay";
  label: string;
  unit: Unit;
  unitLabel: string;
  current: bigint;
  currentText: string;
  target: Address;
  max: bigint;
};

/** What the formatter needs about the DAO. */
export type SettingsContext = {
  clock: ClockMode;
  blockSeconds: number;
  tokenDecimals: number;
  tokenSymbol: string;
};

const FN = {
  votingDelay: "setVotingDelay",
  votingPeriod: "setVotingPeriod",
  proposalThreshold: "setProposalThreshold",
  quorumNumerator: "updateQuorumNumerator",
  lateQuorumVoteExtension: "setLateQuorumVoteExtension",
} as const;

const U48 = 2n ** 48n - 1n;
const U32 = 2n ** 32n - 1n;
const U256 = 2n ** 256n - 1n;

/** The settings this governor has, each with its current value and unit (the governor's clock for durations). */
export function availableSettings(r: GovernanceSettingsRead, c: SettingsContext): Setting[] {
  const clockUnit = c.clock.kind === "timestamp" ? "seconds" : "blocks";
  const dur = (v: bigint) => describeDuration(v, c.clock, c.blockSeconds);
  const out: Setting[] = [
    {
      key: "votingDelay",
      label: "Voting delay",
      unit: "clock",
      unitLabel: clockUnit,
      current: r.votingDelay,
      currentText: dur(r.votingDelay),
      target: r.governor,
      max: U48,
    },
    {
      key: "votingPeriod",
      label: "Voting period",
      unit: "clock",
      unitLabel: clockUnit,
      current: r.votingPeriod,
      currentText: dur(r.votingPeriod),
      target: r.governor,
      max: U32,
    },
    {
      key: "proposalThreshold",
      label: "Proposal threshold",
      unit: "votes",
      unitLabel: c.tokenSymbol || "votes",
      current: r.proposalThreshold,
      currentText: `${formatUnits(r.proposalThreshold, c.tokenDecimals)} ${c.tokenSymbol || "votes"}`,
      target: r.governor,
      max: U256,
    },
  ];
  if (r.quorumNumerator !== null && r.quorumDenominator !== null)
    out.push({
      key: "quorumNumerator",
      label: "Quorum numerator",
      unit: "quorum",
      unitLabel: `of ${r.quorumDenominator}`,
      current: r.quorumNumerator,
      currentText: `${r.quorumNumerator} of ${r.quorumDenominator} of the supply`,
      target: r.governor,
      max: r.quorumDenominator,
    });
  if (r.lateQuorumVoteExtension !== null)
    out.push({
      key: "lateQuorumVoteExtension",
      label: "Late-quorum extension",
      unit: "clock",
      unitLabel: clockUnit,
      current: r.lateQuorumVoteExtension,
      currentText: dur(r.lateQuorumVoteExtension),
      target: r.governor,
      max: U48,
    });
  if (r.timelock && r.timelockMinDelay !== null)
    out.push({
      key: "timelockMinDelay",
      label: "Timelock minimum delay",
      unit: "seconds",
      unitLabel: "seconds",
      current: r.timelockMinDelay,
      currentText: humanSeconds(Number(r.timelockMinDelay)),
      target: r.timelock,
      max: U256,
    });
  return out;
}

/** Encodes the setter call for one setting; the proposal threshold is typed in whole tokens. */
export function encodeParameter(
  setting: Setting | undefined,
  text: string,
  c: SettingsContext,
): TemplateResult {
  if (!setting)
    return { ok: false, errors: [{ field: "setting", message: "Pick a setting this governor has." }] };
  const t = text.trim();
  let value: bigint;
  if (setting.unit === "votes") {
    const a = parseAmount(t, c.tokenDecimals, { allowZero: true });
    if (!a.ok) return { ok: false, errors: [{ field: "value", message: a.error }] };
    value = a.value;
  } else {
    if (!/^\d+$/.test(t))
      return {
        ok: false,
        errors: [{ field: "value", message: `Enter a whole number of ${setting.unitLabel}.` }],
      };
    value = BigInt(t);
  }
  if (value > setting.max)
    return { ok: false, errors: [{ field: "value", message: `At most ${setting.max}.` }] };
  if (setting.key === "votingPeriod" && value === 0n)
    return {
      ok: false,
      errors: [{ field: "value", message: "The voting period cannot be zero (the governor refuses it)." }],
    };
  if (value === setting.current)
    return { ok: false, errors: [{ field: "value", message: "That is already the current value." }] };
  const calldata =
    setting.key === "timelockMinDelay"
      ? encodeFunctionData({ abi: ozTimelockAbi, functionName: "updateDelay", args: [value] })
      : encodeFunctionData({ abi: ozGovernorAbi, functionName: FN[setting.key], args: [value] } as Parameters<
          typeof encodeFunctionData<typeof ozGovernorAbi>
        >[0]);
  const shown =
    setting.unit === "votes"
      ? `${formatUnits(value, c.tokenDecimals)} ${setting.unitLabel}`
      : setting.unit === "clock"
        ? describeDuration(value, c.clock, c.blockSeconds)
        : `${value} ${setting.unitLabel}`;
  return {
    ok: true,
    actions: [
      {
        target: setting.target,
        value: 0n,
        calldata,
        label: `Set ${setting.label.toLowerCase()} to ${shown}`,
      },
    ],
  };
}
