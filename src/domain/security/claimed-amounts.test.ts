import type { Address } from "viem";
import { describe, expect, it } from "vitest";
import type { DecodedAction } from "@/domain/actions/types";
import { claimedAmounts, claimMismatchFindings } from "./claimed-amounts";

const USD: Address = "0x1111111111111111111111111111111111111111";
const send = (value: bigint): DecodedAction => ({
  index: 0,
  target: USD,
  targetLabel: "tUSD",
  targetKind: "erc20",
  value: 0n,
  calldata: "0x",
  opaque: null,
  call: {
    functionName: "transfer",
    args: [
      { name: "to", type: "address", value: USD },
      { name: "amount", type: "uint256", value, amount: { value, decimals: 6, symbol: "tUSD" } },
    ],
  },
});

describe("description claims", () => {
  it("reads amounts with separators, decimals and k/m scales for known symbols only", () => {
    const m = claimedAmounts("Send 10 tUSD, 1,500.5 tusd and 2m TUSD; 7 apples", new Map([["tusd", 6]]));
    expect(m.get("tusd")).toEqual([10_000_000n, 1_500_500_000n, 2_000_000_000_000n]);
    expect(m.has("apples")).toBe(false);
  });

  it("flags an action moving an amount the description does not name", () => {
    const [f] = claimMismatchFindings("# Send 10 tUSD\n\nSend 10 tUSD to the lab.", [
      send(1_000_000_000_000n),
    ]);
    expect(f).toMatchObject({ rule: "claim-mismatch", level: "critical", action: 0 });
    expect(f?.detail).toBe(
      "Action 1 moves 1,000,000 tUSD; the description names 10 tUSD. Trust the actions, not the text.",
    );
  });

  it("is silent when the amount matches or the description names no amount of that token", () => {
    expect(claimMismatchFindings("Send 1,000,000 tUSD", [send(1_000_000_000_000n)])).toEqual([]);
    expect(claimMismatchFindings("A grant for the lab", [send(5n)])).toEqual([]);
  });
});
