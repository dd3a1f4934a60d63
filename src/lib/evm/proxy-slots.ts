import { type Address, getAddress, type Hex, keccak256, numberToHex, stringToBytes } from "viem";

const minusOne = (label: string): Hex =>
  numberToHex(BigInt(keccak256(stringToBytes(label))) - 1n, { size: 32 });

/** Storage slots where proxy standards keep their implementation, beacon and admin addresses. */
export const PROXY_SLOTS = {
  /** EIP-1967 `eip1967.proxy.implementation` − 1. */
  eip1967Implementation: minusOne("eip1967.proxy.implementation"),
  /** EIP-1967 `eip1967.proxy.beacon` − 1: the beacon's `implementation()` is the logic contract. */
  eip1967Beacon: minusOne("eip1967.proxy.beacon"),
  /** EIP-1967 `eip1967.proxy.admin` − 1: who can upgrade a transparent proxy. */
  eip1967Admin: minusOne("eip1967.proxy.admin"),
  /** EIP-1822 (UUPS) `keccak256("PROXIABLE")`. */
  eip1822Implementation: keccak256(stringToBytes("PROXIABLE")),
  /** OpenZeppelin's pre-1967 (ZeppelinOS) implementation slot. */
  ozLegacyImplementation: keccak256(stringToBytes("org.zeppelinos.proxy.implementation")),
  /** OpenZeppelin's pre-1967 (ZeppelinOS) admin slot. */
  ozLegacyAdmin: keccak256(stringToBytes("org.zeppelinos.proxy.admin")),
} as const;

/** Name of one of the proxy slots. */
export type ProxySlotName = keyof typeof PROXY_SLOTS;

/**
 * The address a storage word holds, or null when the word is zero or is not an address (non-zero high bytes:
 * the slot is used for something else, so it says nothing about a proxy).
 */
export function addressFromSlot(word: Hex | undefined): Address | null {
  if (!word || word === "0x") return null;
  const digits = word.slice(2).padStart(64, "0");
  if (digits.length !== 64 || !/^0{24}/.test(digits)) return null;
  const address = digits.slice(24);
  return /^0{40}$/.test(address) ? null : getAddress(`0x${address}`);
}

/** Which proxy standard a set of slot values points to, and the addresses it names. */
export type ProxyKind = "EIP-1967" | "EIP-1967 beacon" | "EIP-1822" | "OZ legacy";

/** A proxy found from its slots: the standard, its implementation (or beacon) and its admin, when set. */
export type SlotProxy = {
  kind: ProxyKind;
  implementation: Address | null;
  beacon: Address | null;
  admin: Address | null;
};

/** Classifies slot values (EIP-1967 first, then beacon, EIP-1822, OZ legacy); null when none is set. */
export function proxyFromSlots(slots: Record<ProxySlotName, Address | null>): SlotProxy | null {
  const admin = slots.eip1967Admin ?? slots.ozLegacyAdmin;
  if (slots.eip1967Implementation)
    return { kind: "EIP-1967", implementation: slots.eip1967Implementation, beacon: null, admin };
  if (slots.eip1967Beacon)
    return { kind: "EIP-1967 beacon", implementation: null, beacon: slots.eip1967Beacon, admin };
  if (slots.eip1822Implementation)
    return { kind: "EIP-1822", implementation: slots.eip1822Implementation, beacon: null, admin };
  if (slots.ozLegacyImplementation)
    return { kind: "OZ legacy", implementation: slots.ozLegacyImplementation, beacon: null, admin };
  return null;
}
