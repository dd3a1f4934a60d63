import type { Address } from "viem";
import type { TargetScanResult } from "@/chain/reads/code-scan-history";
import type { RiskyOpcode } from "@/lib/evm/opcode-scan";
import type { SecurityFinding } from "./finding";

const short = (a: Address) => `${a.slice(0, 6)}…${a.slice(-4)}`;

const OPCODE_FINDING: Record<RiskyOpcode, Pick<SecurityFinding, "rule" | "level" | "detail">> = {
  SELFDESTRUCT: {
    rule: "selfdestruct",
    level: "critical",
    detail:
      "The code can destroy itself (or, since Cancun, sweep its ETH); with CREATE2 it can be redeployed with other code at the same address.",
  },
  DELEGATECALL: {
    rule: "delegatecall",
    level: "warning",
    detail:
      "The code can run another contract's code with its own storage and balance: what runs depends on that contract.",
  },
  CALLCODE: {
    rule: "callcode",
    level: "warning",
    detail: "The code can run another contract's code in its own context (the older form of DELEGATECALL).",
  },
};

function opcodeFindings(address: Address, opcodes: readonly RiskyOpcode[], where: string): SecurityFinding[] {
  return opcodes.map((op) => ({
    ...OPCODE_FINDING[op],
    address,
    title: `${op} in ${where}`,
  }));
}

function historyFindings(t: TargetScanResult): SecurityFinding[] {
  const h = t.history;
  const at = (b: bigint) => `block ${b.toLocaleString("en-US")}`;
  switch (h.kind) {
    case "created-after":
      return [
        {
          rule: "created-after",
          level: "critical",
          address: t.address,
          title: "Code created after the proposal",
          detail: `There was no code here when the proposal was made (${at(h.proposedAt)}); ${h.createdAt === null ? "it appeared later" : `it appeared at ${at(h.createdAt)}`}. Voters who read the proposal then could not have checked it.`,
        },
      ];
    case "changed":
      return [
        {
          rule: "code-changed",
          level: "critical",
          address: t.address,
          title: "Code changed since the proposal",
          detail: `The code here differs from the code at ${at(h.proposedAt)}, when the proposal was made.`,
        },
      ];
    case "removed":
      return [
        {
          rule: "code-removed",
          level: "critical",
          address: t.address,
          title: "Code removed since the proposal",
          detail: `There was code here at ${at(h.proposedAt)} and there is none now: it self-destructed and may be redeployed.`,
        },
      ];
    case "unavailable":
      return [
        {
          rule: "history-unknown",
          level: "info",
          address: t.address,
          title: "Could not check the code at the proposal's block",
          detail: `The node did not answer for ${at(h.proposedAt)} (it may keep no old state): ${h.reason}`,
        },
      ];
    default:
      return [];
  }
}

function proxyFinding(t: TargetScanResult): SecurityFinding[] {
  const p = t.proxy;
  if (!p) return [];
  const impl = p.implementation ? short(p.implementation) : "an implementation the app could not read";
  if (p.source !== "slots")
    return [
      {
        rule: "proxy",
        level: "info",
        address: t.address,
        title: `${p.kind} ${p.source === "clone" ? "clone" : "delegated account"} of ${impl}`,
        detail: "Every call runs the implementation's code, which was scanned too.",
      },
    ];
  const by = p.admin
    ? `upgradeable by ${p.admin}${t.adminOwner ? ` (owned by ${t.adminOwner})` : ""}`
    : "upgradeable by whoever the implementation's own upgrade function allows (no admin slot set)";
  return [
    {
      rule: "proxy",
      level: "warning",
      address: p.admin ?? t.address,
      title: `${p.kind} proxy: ${by}`,
      detail: `Calls run ${impl}'s code, scanned below; what runs can change after the vote.`,
    },
  ];
}

/** What one target's code says: no code, code history since the proposal, risky opcodes, proxy and admin. */
export function targetCodeFindings(t: TargetScanResult): SecurityFinding[] {
  const findings = historyFindings(t);
  if (t.code.size === 0) {
    if (t.history.kind !== "removed")
      findings.push({
        rule: "no-code",
        level: "warning",
        address: t.address,
        title: "No code: a plain account",
        detail: "A call to it does nothing today, but code may appear here later (CREATE2 or EIP-7702).",
      });
    return findings;
  }
  findings.push(...opcodeFindings(t.address, t.code.opcodes, "the target's code"));
  findings.push(...proxyFinding(t));
  if (t.implementation) {
    const where = `the implementation ${short(t.implementation.address)}`;
    findings.push(...opcodeFindings(t.implementation.address, t.implementation.code.opcodes, where));
    if (t.implementation.code.size === 0)
      findings.push({
        rule: "no-code",
        level: "warning",
        address: t.implementation.address,
        title: `The implementation ${short(t.implementation.address)} has no code`,
        detail: "Calls through this proxy would do nothing now; code may be put there later.",
      });
  }
  return findings;
}
