import type { Address } from "viem";
import { encodeFunctionData, erc20Abi } from "viem";
import { describe, expect, it } from "vitest";
import { addressDiff, addressesIn, knownAddresses, lookAlikeFindings, looksAlike } from "./look-alike";

const TIMELOCK: Address = "0xAbcd000000000000000000000000000000001234";
const FAKE: Address = "0xabcd999999999999999999999999999999991234";
const OTHER: Address = "0xabce999999999999999999999999999999991234";
const TOKEN: Address = "0x1111111111111111111111111111111111111111";
const pay = (to: `0x${string}`) => ({
  target: TOKEN,
  value: 0n,
  calldata: encodeFunctionData({ abi: erc20Abi, functionName: "transfer", args: [to, 5n] }),
});

describe("look-alike addresses", () => {
  it("match on the first and last 4 hex characters, case ignored, never the same address", () => {
    expect(looksAlike(FAKE, TIMELOCK)).toBe(true);
    expect(looksAlike(TIMELOCK, TIMELOCK.toLowerCase() as `0x${string}`)).toBe(false);
    expect(looksAlike(OTHER, TIMELOCK)).toBe(false);
  });

  it("finds addresses in the target and in address-shaped argument words, not in small numbers", () => {
    expect(addressesIn(pay(FAKE)).map((a) => a.toLowerCase())).toEqual([TOKEN, FAKE]);
  });

  it("flags a payment to a look-alike of a DAO contract", () => {
    const [f] = lookAlikeFindings([pay(FAKE)], [{ address: TIMELOCK, label: "Treasury (timelock)" }]);
    expect(f).toMatchObject({ rule: "look-alike", level: "critical", action: 0 });
    expect(f?.title).toBe("Looks like Treasury (timelock), but is a different address");
    expect(f?.detail).toMatch(/abcd…1234/);
    expect(f?.resembles).toEqual({ address: TIMELOCK, label: "Treasury (timelock)" });
  });

  it("marks where two addresses differ, case ignored, so a voter can compare them in full", () => {
    const runs = addressDiff(FAKE, TIMELOCK);
    expect(runs).toEqual([
      { text: "0xabcd", differs: false },
      { text: "9".repeat(32), differs: true },
      { text: "1234", differs: false },
    ]);
    expect(runs.map((r) => r.text).join("")).toBe(FAKE);
    expect(addressDiff(TIMELOCK, TIMELOCK.toLowerCase())).toEqual([{ text: TIMELOCK, differs: false }]);
  });

  it("flags a look-alike of an earlier proposal's recipient, and not the recipient itself", () => {
    const known = knownAddresses([], [pay(TIMELOCK)]);
    expect(lookAlikeFindings([pay(TIMELOCK)], known)).toEqual([]);
    expect(lookAlikeFindings([pay(FAKE)], known)[0]?.title).toMatch(/an earlier proposal's recipient/);
  });
});
