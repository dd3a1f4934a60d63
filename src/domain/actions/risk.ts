import { type Address, isAddressEqual } from "viem";
import type { DecodedAction, DecodedArg, KnownContract } from "./types";

/** How much a flag should worry a voter. */
export type RiskLevel = "critical" | "warning" | "info";

/** One reason to look twice at an action, in plain words. */
export type RiskFlag = { level: RiskLevel; action: number; title: string; detail: string };

/** What the flags may compare against; everything is optional so flags degrade, never guess. */
export type RiskContext = {
  known: readonly KnownContract[];
  /** Treasury balances by asset: the zero address for ETH, else the token address. */
  treasuryBalances?: ReadonlyMap<Address, bigint>;
  /** Total supply of the voting token, to put mints in proportion. */
  votingSupply?: bigint;
};

export const ETH: Address = "0x0000000000000000000000000000000000000000";

const GOVERNOR_SETTINGS = new Set([
  "setVotingDelay",
  "setVotingPeriod",
  "setProposalThreshold",
  "updateQuorumNumerator",
  "setLateQuorumVoteExtension",
]);

const arg = (a: DecodedAction, name: string): DecodedArg | undefined =>
  a.call?.args.find((x) => x.name === name);

const isOwn = (ctx: RiskContext, address: unknown): boolean =>
  typeof address === "string" &&
  ctx.known.some(
    (c) => (c.kind === "governor" || c.kind === "timelock") && isAddressEqual(c.address, address as Address),
  );

function outflowFlag(a: DecodedAction, asset: Address, amount: bigint, ctx: RiskContext): RiskFlag | null {
  const balance = ctx.treasuryBalances?.get(asset);
  if (balance === undefined || balance === 0n || amount === 0n) return null;
  const bps = (amount * 10_000n) / balance;
  if (bps < 1_000n) return null;
  const pct = `${Number(bps) / 100}%`;
  return {
    level: bps >= 5_000n ? "critical" : "warning",
    action: a.index,
    title: "Large treasury outflow",
    detail: `Sends ${pct} of the treasury's current balance of this asset.`,
  };
}

function roleFlags(a: DecodedAction, fn: string, ctx: RiskContext): RiskFlag[] {
  const role = arg(a, "role");
  const account = arg(a, "account");
  const roleLabel = role?.label ?? String(role?.value ?? "a role");
  const where = a.targetLabel ?? a.target;
  if (fn === "grantRole" && !isOwn(ctx, account?.value)) {
    return [
      {
        level: "critical",
        action: a.index,
        title: `Grants ${roleLabel} to an outside account`,
        detail: `${String(account?.value)} would get ${roleLabel} on ${where}, outside the DAO's governor and timelock.`,
      },
    ];
  }
  if (fn === "revokeRole" || fn === "renounceRole") {
    return [{ level: "warning", action: a.index, title: `Removes ${roleLabel}`, detail: `On ${where}.` }];
  }
  return [];
}

function flagsFor(a: DecodedAction, ctx: RiskContext): RiskFlag[] {
  const flags: RiskFlag[] = [];
  if (a.value > 0n) {
    const f = outflowFlag(a, ETH, a.value, ctx);
    if (f) flags.push(f);
  }
  if (a.opaque) {
    const why = a.opaque === "unknown-target" ? "an unknown contract" : "a function the app cannot decode";
    flags.push({
      level: "warning",
      action: a.index,
      title: "Opaque call",
      detail: `Calls ${why}; check the raw calldata.`,
    });
  }
  const fn = a.call?.functionName;
  if (!fn) return flags;
  flags.push(...roleFlags(a, fn, ctx));
  if (fn === "transferOwnership" || fn === "renounceOwnership") {
    flags.push({
      level: "critical",
      action: a.index,
      title: "Moves ownership",
      detail: `${fn} on ${a.targetLabel ?? a.target}.`,
    });
  }
  if (a.targetKind === "governor" && (fn === "updateTimelock" || fn === "relay")) {
    flags.push({
      level: "critical",
      action: a.index,
      title: "Changes who executes",
      detail: `${fn} on the governor.`,
    });
  } else if (a.targetKind === "governor" && GOVERNOR_SETTINGS.has(fn)) {
    flags.push({
      level: "warning",
      action: a.index,
      title: "Changes governance rules",
      detail: `${fn} on the governor.`,
    });
  }
  if (a.targetKind === "timelock" && fn === "updateDelay") {
    flags.push({
      level: "warning",
      action: a.index,
      title: "Changes the timelock delay",
      detail: "Shorter delays mean less time to react.",
    });
  }
  const amount = arg(a, "amount")?.amount ?? arg(a, "value")?.amount;
  if (fn === "mint" && amount) {
    const share = ctx.votingSupply
      ? ` (${Number((amount.value * 10_000n) / ctx.votingSupply) / 100}% of supply)`
      : "";
    flags.push({ level: "warning", action: a.index, title: "Mints tokens", detail: `New supply${share}.` });
  }
  if (fn === "transfer" && amount) {
    const f = outflowFlag(a, a.target, amount.value, ctx);
    if (f) flags.push(f);
  }
  return flags;
}

/** Risk flags for a proposal's decoded actions, most severe first. */
export function riskFlags(actions: readonly DecodedAction[], ctx: RiskContext): RiskFlag[] {
  const order: Record<RiskLevel, number> = { critical: 0, warning: 1, info: 2 };
  return actions
    .flatMap((a) => flagsFor(a, ctx))
    .sort((x, y) => order[x.level] - order[y.level] || x.action - y.action);
}
