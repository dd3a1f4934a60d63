import { type Address, isAddressEqual } from "viem";
import { CONTROL_FUNCTIONS, DELAY_FUNCTIONS, GOVERNOR_RULE_FUNCTIONS } from "./governor-versions";
import { outflowFlag } from "./outflow-flag";
import { checkOutflows, type OutflowCheck, proposalOutflows } from "./outflows";
import type { DecodedAction, DecodedArg, KnownContract } from "./types";

/** How much a flag should worry a voter. */
export type RiskLevel = "critical" | "warning" | "info";

/** One reason to look twice at an action, in plain words. */
export type RiskFlag = {
  level: RiskLevel;
  action: number;
  title: string;
  detail: string;
  /** The account the detail is about, shown (by name where known) before it. */
  subject?: Address;
};

/** What the flags may compare against; everything is optional so flags degrade, never guess. */
export type RiskContext = {
  known: readonly KnownContract[];
  /** Treasury balances by asset (the zero address for ETH); null or absent: not read, so not compared. */
  treasuryBalances?: ReadonlyMap<Address, bigint | null>;
  /** Total supply of the voting token, to put mints in proportion. */
  votingSupply?: bigint;
};

const arg = (a: DecodedAction, name: string): DecodedArg | undefined =>
  a.call?.args.find((x) => x.name === name);

const isOwn = (ctx: RiskContext, address: unknown): boolean =>
  typeof address === "string" &&
  ctx.known.some(
    (c) => (c.kind === "governor" || c.kind === "timelock") && isAddressEqual(c.address, address as Address),
  );

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
        detail: `would get ${roleLabel} on ${where}, outside the DAO's governor and timelock.`,
        ...(typeof account?.value === "string" ? { subject: account.value as Address } : {}),
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
  if (a.opaque) {
    flags.push(
      a.opaque === "no-code"
        ? {
            level: "warning",
            action: a.index,
            title: "Call data sent to an account with no code",
            detail: "The target is a plain account, so this call would do nothing; check the address.",
          }
        : {
            level: "warning",
            action: a.index,
            title: "Opaque call",
            detail: `Calls ${a.opaque === "unknown-target" ? "an unknown contract" : "a function the app cannot decode"}; check the raw calldata.`,
          },
    );
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
  } else if (
    (a.targetKind === "governor" && CONTROL_FUNCTIONS.governor.has(fn)) ||
    (a.targetKind === "timelock" && CONTROL_FUNCTIONS.timelock.has(fn))
  ) {
    flags.push({
      level: "critical",
      action: a.index,
      title: "Changes who controls the DAO",
      detail: `${fn} on the ${a.targetKind === "governor" ? "governor" : "timelock"}: it names or installs a new admin.`,
    });
  } else if (a.targetKind === "governor" && GOVERNOR_RULE_FUNCTIONS.has(fn)) {
    flags.push({
      level: "warning",
      action: a.index,
      title: "Changes governance rules",
      detail: `${fn} on the governor.`,
    });
  }
  if (a.targetKind === "timelock" && DELAY_FUNCTIONS.has(fn)) {
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
  return flags;
}

/** The flags plus what the outflow rule compared, so "no large sums" is said only when it was checked. */
export type RiskReport = { flags: RiskFlag[]; outflows: OutflowCheck[] };

/** Risk flags for a proposal's decoded actions (outflows summed per asset), most severe first. */
export function riskReport(actions: readonly DecodedAction[], ctx: RiskContext): RiskReport {
  const order: Record<RiskLevel, number> = { critical: 0, warning: 1, info: 2 };
  const outflows = checkOutflows(proposalOutflows(actions), ctx.treasuryBalances);
  const flags = [
    ...actions.flatMap((a) => flagsFor(a, ctx)),
    ...outflows.flatMap((o) => outflowFlag(o) ?? []),
  ].sort((x, y) => order[x.level] - order[y.level] || x.action - y.action);
  return { flags, outflows };
}

/** Just the flags of `riskReport`. */
export function riskFlags(actions: readonly DecodedAction[], ctx: RiskContext): RiskFlag[] {
  return riskReport(actions, ctx).flags;
}
