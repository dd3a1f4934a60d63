import type { Address } from "viem";
import type { CodeHistory, TargetScanResult } from "@/chain/reads/code-scan-history";
import type { CodeScan, RiskyOpcode } from "@/lib/evm/opcode-scan";

/** A CodeScan of `size` bytes with these risky opcodes. */
export const codeWith = (size: number, opcodes: RiskyOpcode[] = []): CodeScan => ({
  size,
  metadata: null,
  hits: opcodes.map((opcode, offset) => ({ opcode, offset })),
  opcodes,
  clone: null,
  delegatedTo: null,
  truncatedPush: false,
});

/** A target scan result with defaults: 100 bytes of plain code, same as when proposed. */
export const scanOf = (address: Address, over: Partial<TargetScanResult> = {}): TargetScanResult => ({
  address,
  blockNumber: 100n,
  code: codeWith(100),
  proxy: null,
  implementation: null,
  history: { kind: "same", proposedAt: 50n } satisfies CodeHistory,
  adminOwner: null,
  ...over,
});
