import type { Address } from "viem";
import { describe, expect, it } from "vitest";
import { loadDevnetInfo } from "@/config/devnet";
import { KEEP_RESTORED_MS, keepsRestored, startUnknown } from "./dao-identity";
import { rememberDao } from "./recent-daos";

const pageStart = 1_000_000_000;

describe("keepsRestored", () => {
  it("keeps an identity this device stored before the page loaded, for up to an hour", () => {
    expect(keepsRestored(pageStart - 70_000, pageStart, pageStart + 500)).toBe(true);
    expect(keepsRestored(pageStart - KEEP_RESTORED_MS, pageStart, pageStart + 500)).toBe(false);
  });

  it("re-reads one read during this page's life once it is stale, and one never read", () => {
    expect(keepsRestored(pageStart + 10, pageStart, pageStart + 120_000)).toBe(false);
    expect(keepsRestored(0, pageStart, pageStart + 10)).toBe(false);
  });
});

describe("startUnknown", () => {
  const governor = "0x00000000000000000000000000000000000000aa" as const;
  const other = "0x00000000000000000000000000000000000000bb" as const;
  it("holds for a DAO never opened in this browser, and not once it was (its streams store their start)", () => {
    localStorage.clear();
    expect(startUnknown(1, governor)).toBe(true);
    rememberDao({ chainId: 1, address: other, name: "Other" });
    expect(startUnknown(1, governor)).toBe(true);
    rememberDao({ chainId: 1, address: governor.toUpperCase().replace("0X", "0x") as Address, name: "G" });
    expect(startUnknown(1, governor)).toBe(false);
    expect(startUnknown(10, governor)).toBe(true);
  });

  it("does not hold for a devnet DAO: devnet.json names its deploy block", async () => {
    localStorage.clear();
    const json = {
      chainId: 31337,
      rpcUrl: "http://127.0.0.1:8545",
      accounts: [],
      daos: [{ key: "aiCommons", governor, token: other, timelock: null, stable: other, deployBlock: 3 }],
    };
    await loadDevnetInfo(async () => new Response(JSON.stringify(json)));
    expect(startUnknown(31337, governor)).toBe(false);
    expect(startUnknown(1, governor)).toBe(true);
  });
});
