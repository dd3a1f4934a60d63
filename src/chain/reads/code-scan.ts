import type { Address, PublicClient } from "viem";
import { type CodeScan, scanBytecode } from "@/lib/evm/opcode-scan";
import {
  addressFromSlot,
  PROXY_SLOTS,
  type ProxySlotName,
  proxyFromSlots,
  type SlotProxy,
} from "@/lib/evm/proxy-slots";

const BEACON_ABI = [
  {
    type: "function",
    name: "implementation",
    stateMutability: "view",
    inputs: [],
    outputs: [{ name: "", type: "address" }],
  },
] as const;

/** How a target delegates its logic: a slot-based proxy, an EIP-1167 clone or an EIP-7702 delegated account. */
export type TargetProxy =
  | (SlotProxy & { source: "slots" })
  | { source: "clone" | "7702"; kind: string; implementation: Address; beacon: null; admin: null };

/** One target's code at a block: its scan, any proxy, and the scan of the code that actually runs. */
export type TargetCodeScan = {
  address: Address;
  blockNumber: bigint;
  code: CodeScan;
  proxy: TargetProxy | null;
  /** The logic contract's scan (one level: a proxy behind a proxy is reported, not followed). */
  implementation: { address: Address; code: CodeScan } | null;
};

/** Reads the six proxy slots of an address at a block (EIP-1967 implementation/beacon/admin, EIP-1822, OZ legacy). */
export async function readProxySlots(
  client: PublicClient,
  address: Address,
  blockNumber: bigint,
): Promise<Record<ProxySlotName, Address | null>> {
  const names = Object.keys(PROXY_SLOTS) as ProxySlotName[];
  const words = await Promise.all(
    names.map((name) => client.getStorageAt({ address, slot: PROXY_SLOTS[name], blockNumber })),
  );
  return Object.fromEntries(names.map((name, i) => [name, addressFromSlot(words[i])])) as Record<
    ProxySlotName,
    Address | null
  >;
}

async function codeAt(client: PublicClient, address: Address, blockNumber: bigint): Promise<CodeScan> {
  return scanBytecode((await client.getCode({ address, blockNumber })) ?? "0x");
}

/** Finds how an account with code delegates, if it does (the beacon's implementation() is read at the block). */
async function findProxy(client: PublicClient, address: Address, code: CodeScan, blockNumber: bigint) {
  if (code.delegatedTo)
    return {
      source: "7702",
      kind: "EIP-7702",
      implementation: code.delegatedTo,
      beacon: null,
      admin: null,
    } as const;
  if (code.clone) return { source: "clone", ...code.clone, beacon: null, admin: null } as const;
  const fromSlots = proxyFromSlots(await readProxySlots(client, address, blockNumber));
  if (!fromSlots) return null;
  if (fromSlots.beacon && !fromSlots.implementation) {
    const implementation = await client
      .readContract({
        address: fromSlots.beacon,
        abi: BEACON_ABI,
        functionName: "implementation",
        blockNumber,
      })
      .catch(() => null);
    return { source: "slots", ...fromSlots, implementation } as const;
  }
  return { source: "slots", ...fromSlots } as const;
}

/**
 * Scans a proposal target's code at a block: risky opcodes, proxy standard, admin, and the implementation's
 * code. An account without code comes back with `code.size === 0` (code may appear there later).
 */
export async function scanTargetCode(
  client: PublicClient,
  address: Address,
  blockNumber: bigint,
): Promise<TargetCodeScan> {
  const code = await codeAt(client, address, blockNumber);
  if (code.size === 0) return { address, blockNumber, code, proxy: null, implementation: null };
  const proxy = await findProxy(client, address, code, blockNumber);
  const impl = proxy?.implementation ?? null;
  const implementation = impl ? { address: impl, code: await codeAt(client, impl, blockNumber) } : null;
  return { address, blockNumber, code, proxy, implementation };
}
