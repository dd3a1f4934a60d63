import { type Hex, toFunctionSelector } from "viem";
import type { Action } from "@/domain/actions/types";
import type { SecurityFinding } from "./finding";

type Kind =
  | "roles"
  | "ownership"
  | "upgrade"
  | "timelock delay"
  | "governor settings"
  | "minting"
  | "signers";

// By selector, so a call is recognised whatever the target is and whether or not the app can decode it.
const SIGNATURES: [Kind, SecurityFinding["level"], string[]][] = [
  [
    "roles",
    "critical",
    [
      "grantRole(bytes32,address)",
      "revokeRole(bytes32,address)",
      "renounceRole(bytes32,address)",
      "beginDefaultAdminTransfer(address)",
      "acceptDefaultAdminTransfer()",
      "changeDefaultAdminDelay(uint48)",
    ],
  ],
  ["ownership", "critical", ["transferOwnership(address)", "renounceOwnership()", "acceptOwnership()"]],
  [
    "upgrade",
    "critical",
    [
      "upgradeTo(address)",
      "upgradeToAndCall(address,bytes)",
      "changeAdmin(address)",
      "upgrade(address,address)",
      "upgradeAndCall(address,address,bytes)",
      "changeProxyAdmin(address,address)",
    ],
  ],
  ["timelock delay", "warning", ["updateDelay(uint256)"]],
  [
    "governor settings",
    "warning",
    [
      "setVotingDelay(uint48)",
      "setVotingDelay(uint256)",
      "setVotingPeriod(uint32)",
      "setVotingPeriod(uint256)",
      "setProposalThreshold(uint256)",
      "updateQuorumNumerator(uint256)",
      "setLateQuorumVoteExtension(uint48)",
      "setLateQuorumVoteExtension(uint64)",
    ],
  ],
  ["governor settings", "critical", ["updateTimelock(address)", "relay(address,uint256,bytes)"]],
  ["minting", "warning", ["mint(address,uint256)", "setMinter(address)", "addMinter(address)"]],
  [
    "signers",
    "critical",
    [
      "addOwnerWithThreshold(address,uint256)",
      "removeOwner(address,address,uint256)",
      "swapOwner(address,address,address)",
      "changeThreshold(uint256)",
      "enableModule(address)",
      "setGuard(address)",
    ],
  ],
];

const BY_SELECTOR = new Map<string, { kind: Kind; level: SecurityFinding["level"]; signature: string }>(
  SIGNATURES.flatMap(([kind, level, sigs]) =>
    sigs.map((signature): [string, { kind: Kind; level: SecurityFinding["level"]; signature: string }] => [
      toFunctionSelector(signature),
      { kind, level, signature },
    ]),
  ),
);

/** The control-changing function a calldata calls (by its 4-byte selector), or null. */
export function controlCall(calldata: Hex) {
  return BY_SELECTOR.get(calldata.slice(0, 10).toLowerCase()) ?? null;
}

/** Calls that change roles, ownership, upgrades, the timelock delay, the governor's settings, minting or signers. */
export function controlChangeFindings(actions: readonly Action[]): SecurityFinding[] {
  return actions.flatMap((a, index) => {
    const c = controlCall(a.calldata);
    if (!c) return [];
    const name = c.signature.slice(0, c.signature.indexOf("("));
    return [
      {
        rule: "controls-dao",
        level: c.level,
        address: a.target,
        action: index,
        title: "Changes who controls the DAO",
        detail: `Action ${index + 1} calls ${name} (${c.kind}).`,
      } satisfies SecurityFinding,
    ];
  });
}
