import { type Hex, keccak256, toHex } from "viem";

const NAMES = [
  "PROPOSER_ROLE",
  "EXECUTOR_ROLE",
  "CANCELLER_ROLE",
  "MINTER_ROLE",
  "PAUSER_ROLE",
  "UPGRADER_ROLE",
];

const KNOWN = new Map<string, string>([
  ["0x0000000000000000000000000000000000000000000000000000000000000000", "DEFAULT_ADMIN_ROLE"],
  ...NAMES.map((n): [string, string] => [keccak256(toHex(n)), n]),
]);

/** The name of a well-known AccessControl role id, or null. */
export function roleName(id: Hex): string | null {
  return KNOWN.get(id.toLowerCase()) ?? null;
}
