import { getAddress, type PublicClient } from "viem";
import { describe, expect, it } from "vitest";
import { addressInSlot, cloneTarget, PROXY_SLOTS, readProxyImplementation } from "./proxy-implementation";

const IMPL = getAddress("0xbebebebebebebebebebebebebebebebebebebebe");
const word = `0x000000000000000000000000${IMPL.slice(2).toLowerCase()}` as const;

/** A client answering only getCode and getStorageAt from tables. */
const fake = (code: `0x${string}`, slots: Record<string, `0x${string}`>) =>
  ({
    getCode: async () => code,
    getStorageAt: async ({ slot }: { slot: string }) => slots[slot] ?? `0x${"0".repeat(64)}`,
  }) as unknown as PublicClient;

describe("proxy implementation", () => {
  it("reads the address from a slot word, and nothing from an empty one", () => {
    expect(addressInSlot(word)).toBe(IMPL);
    expect(addressInSlot(`0x${"0".repeat(64)}`)).toBeNull();
    expect(addressInSlot(undefined)).toBeNull();
  });

  it("recognises an EIP-1167 clone's target from its code", () => {
    expect(cloneTarget(`0x363d3d373d3d3d363d73${IMPL.slice(2)}5af43d82803e903d91602b57fd5bf3`)).toBe(IMPL);
    expect(cloneTarget("0x6080")).toBeNull();
  });

  it.each(PROXY_SLOTS.map((s) => [s.kind, s.slot] as const))(
    "finds an implementation in the %s slot",
    async (kind, slot) => {
      expect(await readProxyImplementation(fake("0x6080", { [slot]: word }), IMPL, 1n)).toEqual({
        kind,
        implementation: IMPL,
      });
    },
  );

  it("says null for a plain contract", async () => {
    expect(await readProxyImplementation(fake("0x6080", {}), IMPL, 1n)).toBeNull();
  });
});
