import { type Address, getAddress, type Hex, hexToBytes, isHex } from "viem";
import { type CodeMetadata, readCodeMetadata } from "./bytecode-metadata";

/** The opcodes that let a contract vanish or run someone else's code in its own storage. */
export const RISKY_OPCODES = { 242: "CALLCODE", 244: "DELEGATECALL", 255: "SELFDESTRUCT" } as const;

/** Name of a risky opcode. */
export type RiskyOpcode = (typeof RISKY_OPCODES)[keyof typeof RISKY_OPCODES];

/** One risky opcode and the byte offset where it sits in the code. */
export type OpcodeHit = { opcode: RiskyOpcode; offset: number };

/** A minimal proxy: its standard and the address every call is delegated to. */
export type CloneTarget = { kind: "EIP-1167" | "ERC-7511"; implementation: Address };

/** What a scan of one account's code found. */
export type CodeScan = {
  /** Bytes of code; 0 for an account without code. */
  size: number;
  /** The metadata tail that was not scanned, or null when the code has none that parses. */
  metadata: CodeMetadata | null;
  /** Risky opcodes in the instruction stream (PUSH data and the metadata skipped), in code order. */
  hits: OpcodeHit[];
  /** Distinct risky opcodes found, in the order SELFDESTRUCT, DELEGATECALL, CALLCODE. */
  opcodes: RiskyOpcode[];
  clone: CloneTarget | null;
  /** An EIP-7702 delegation designator (an EOA that runs another account's code), or null. */
  delegatedTo: Address | null;
  /** The last PUSH ran past the end of the code (truncated or not code at all). */
  truncatedPush: boolean;
};

const hex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");

// EIP-1167 and its PUSH0 variant (ERC-7511): fixed prefix, 20-byte address, fixed suffix.
const CLONES = [
  { kind: "EIP-1167", prefix: "363d3d373d3d3d363d73", suffix: "5af43d82803e903d91602b57fd5bf3" },
  { kind: "ERC-7511", prefix: "365f5f375f5f365f73", suffix: "5af43d5f5f3e5f3d91602a57fd5bf3" },
] as const;

/** Recognises an EIP-1167 (or ERC-7511) minimal proxy's runtime code and returns where it delegates. */
export function detectClone(code: Uint8Array): CloneTarget | null {
  const h = hex(code);
  for (const c of CLONES) {
    if (h.length !== c.prefix.length + 40 + c.suffix.length) continue;
    if (!h.startsWith(c.prefix) || !h.endsWith(c.suffix)) continue;
    return {
      kind: c.kind,
      implementation: getAddress(`0x${h.slice(c.prefix.length, c.prefix.length + 40)}`),
    };
  }
  return null;
}

/** The address of an EIP-7702 delegation designator (`0xef0100 ‖ address`), or null. */
export function detectDelegation(code: Uint8Array): Address | null {
  if (code.length !== 23 || code[0] !== 0xef || code[1] !== 0x01 || code[2] !== 0x00) return null;
  return getAddress(`0x${hex(code.subarray(3))}`);
}

/**
 * Walks the instruction stream and lists SELFDESTRUCT, DELEGATECALL and CALLCODE. PUSH1..PUSH32 data is
 * skipped (a 0xff inside a constant is not an opcode) and so is the compiler's metadata tail. Data the compiler
 * embeds in code (another contract's creation code for `new`) is read as code, so it can add hits.
 */
export function scanBytecode(code: Hex | Uint8Array): CodeScan {
  const bytes = typeof code === "string" ? hexOrThrow(code) : code;
  const delegatedTo = detectDelegation(bytes);
  const metadata = delegatedTo ? null : readCodeMetadata(bytes);
  const end = bytes.length - (metadata?.length ?? 0);
  const hits: OpcodeHit[] = [];
  let truncatedPush = false;
  for (let i = 0; i < end && !delegatedTo; i++) {
    const op = bytes[i] ?? 0;
    if (op >= 0x60 && op <= 0x7f) {
      const width = op - 0x5f;
      if (i + width >= end) truncatedPush = true;
      i += width;
      continue;
    }
    const name = RISKY_OPCODES[op as keyof typeof RISKY_OPCODES];
    if (name) hits.push({ opcode: name, offset: i });
  }
  const order: RiskyOpcode[] = ["SELFDESTRUCT", "DELEGATECALL", "CALLCODE"];
  return {
    size: bytes.length,
    metadata,
    hits,
    opcodes: order.filter((o) => hits.some((h) => h.opcode === o)),
    clone: detectClone(bytes),
    delegatedTo,
    truncatedPush,
  };
}

function hexOrThrow(code: Hex): Uint8Array {
  if (!isHex(code) || code.length % 2 !== 0) throw new Error(`Not bytecode: ${code.slice(0, 20)}…`);
  return hexToBytes(code);
}
