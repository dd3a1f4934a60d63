import { describe, expect, it } from "vitest";
import { addressFromSlot, PROXY_SLOTS, proxyFromSlots } from "./proxy-slots";

const A = "0x1111111111111111111111111111111111111111";
const B = "0x2222222222222222222222222222222222222222";
const none = {
  eip1967Implementation: null,
  eip1967Beacon: null,
  eip1967Admin: null,
  eip1822Implementation: null,
  ozLegacyImplementation: null,
  ozLegacyAdmin: null,
};

describe("proxy slots", () => {
  it("match the constants published in EIP-1967, EIP-1822 and OpenZeppelin's legacy proxies", () => {
    expect(PROXY_SLOTS).toEqual({
      eip1967Implementation: "0x360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc",
      eip1967Beacon: "0xa3f0ad74e5423aebfd80d3ef4346578335a9a72aeaee59ff6cb3582b35133d50",
      eip1967Admin: "0xb53127684a568b3173ae13b9f8a6016e243e63b6e8ee1178d6a717850b5d6103",
      eip1822Implementation: "0xc5f16f0fcc639fa48a6947836d9850f504798523bf8c9a3a87d5876cf622bcf7",
      ozLegacyImplementation: "0x7050c9e0f4ca769c69bd3a8ef740bc37934f8e2c036e5a723fd8ee048ed3f8c3",
      ozLegacyAdmin: "0x10d6a54a4754c8869d6886b5f5d7fbfa5b4522237ea5c60d11bc4e7a1ff9390b",
    });
  });

  it.each([
    [`0x000000000000000000000000${A.slice(2)}`, A],
    ["0x0000000000000000000000000000000000000000000000000000000000000000", null],
    ["0x", null],
    [undefined, null],
    // High bytes set: a counter or a hash, not an address.
    [`0x000000000000000000000001${A.slice(2)}`, null],
  ])("reads %s as %s", (word, address) => {
    expect(addressFromSlot(word as `0x${string}` | undefined)).toBe(address);
  });

  it("names the standard a proxy follows and who can upgrade it", () => {
    expect(proxyFromSlots(none)).toBeNull();
    expect(proxyFromSlots({ ...none, eip1967Implementation: A, eip1967Admin: B })).toEqual({
      kind: "EIP-1967",
      implementation: A,
      beacon: null,
      admin: B,
    });
    expect(proxyFromSlots({ ...none, eip1967Beacon: A })?.kind).toBe("EIP-1967 beacon");
    expect(proxyFromSlots({ ...none, eip1822Implementation: A })?.kind).toBe("EIP-1822");
    expect(proxyFromSlots({ ...none, ozLegacyImplementation: A, ozLegacyAdmin: B })).toMatchObject({
      kind: "OZ legacy",
      admin: B,
    });
  });
});
