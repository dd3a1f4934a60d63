import { type Address, encodeFunctionData, erc20Abi, parseEther } from "viem";
import { describe, expect, it } from "vitest";
import { testUsdAbi } from "@/contracts/generated/test-usd";
import { decodeActions } from "./decode";
import { ETH, movedAssets, proposalOutflows } from "./outflows";
import { riskReport } from "./risk";
import type { KnownContract } from "./types";

const addr = (n: number): Address => `0x${n.toString(16).padStart(40, "0")}`;
const usd = addr(0xa4);
const grantee = addr(0x9);
const stranger = addr(0x77);
const known: KnownContract[] = [
  { address: usd, label: "tUSD", kind: "erc20", abi: testUsdAbi, decimals: 6, symbol: "tUSD" },
];
const pay = (amount: bigint, token = usd) => ({
  target: token,
  value: 0n,
  calldata: encodeFunctionData({ abi: erc20Abi, functionName: "transfer", args: [grantee, amount] }),
});
const sendEth = (wei: bigint) => ({ target: grantee, value: wei, calldata: "0x" as const });
// The devnet's compute-credits grant: 60,000 of the treasury's 571,000 tUSD, plus 10 of its 168 ETH.
const fineTune = decodeActions([pay(60_000_000_000n), sendEth(parseEther("10"))], known);
const treasury = new Map<Address, bigint | null>([
  [usd, 571_000_000_000n],
  [ETH, parseEther("168")],
]);

describe("outflows", () => {
  it("finds every asset a proposal may move from its raw actions", () => {
    expect(
      movedAssets([pay(1n), sendEth(1n), { target: stranger, value: 0n, calldata: "0x12345678" }]),
    ).toEqual([usd, ETH]);
  });

  it("adds up several actions' outflows of one asset", () => {
    const two = decodeActions([pay(30_000_000_000n), pay(35_000_000_000n)], known);
    expect(proposalOutflows(two)).toEqual([
      { asset: usd, amount: 65_000_000_000n, actions: [0, 1], symbol: "tUSD", decimals: 6 },
    ]);
  });

  it("flags the compute-credits grant's 10.5% of the treasury's tUSD", () => {
    const { flags, outflows } = riskReport(fineTune, { known, treasuryBalances: treasury });
    expect(flags).toEqual([
      {
        level: "warning",
        action: 0,
        title: "Large treasury outflow",
        detail: "Action 1 sends 60,000 tUSD: 10.5% of the treasury's 571,000 tUSD.",
      },
    ]);
    expect(outflows.map((o) => o.shareBps)).toEqual([1050n, 595n]);
  });

  it("flags two transfers that are small alone but large together", () => {
    const split = decodeActions([pay(40_000_000_000n), pay(40_000_000_000n)], known);
    const { flags } = riskReport(split, { known, treasuryBalances: treasury });
    expect(flags[0]?.detail).toBe(
      "Actions 1 and 2 together send 80,000 tUSD: 14.01% of the treasury's 571,000 tUSD.",
    );
  });

  it("never passes an outflow it could not compare", () => {
    const { flags } = riskReport(fineTune, { known });
    expect(flags.map((f) => f.title)).toEqual([
      "Outflow not compared with the treasury",
      "Outflow not compared with the treasury",
    ]);
    const unread = new Map<Address, bigint | null>([
      [usd, null],
      [ETH, parseEther("168")],
    ]);
    expect(riskReport(fineTune, { known, treasuryBalances: unread }).flags).toHaveLength(1);
  });

  it("says when a proposal sends more than the treasury holds", () => {
    const broke = new Map<Address, bigint | null>([
      [usd, 1_000_000n],
      [ETH, parseEther("168")],
    ]);
    const { flags } = riskReport(fineTune, { known, treasuryBalances: broke });
    expect(flags[0]).toMatchObject({ level: "critical", title: "Sends more than the treasury holds" });
  });

  it("counts a transfer on an unidentified token in raw units", () => {
    const { flags } = riskReport(decodeActions([pay(500n, stranger)], known), {
      known,
      treasuryBalances: new Map([[stranger, 600n]]),
    });
    expect(flags[0]?.detail).toBe(
      "Action 1 sends 500 raw units of token 0x0000…0077: 83.33% of the treasury's 600 raw units of token 0x0000…0077.",
    );
  });
});
