import { encodeFunctionData, erc20Abi } from "viem";
import { describe, expect, it } from "vitest";
import { type PendingProposal, paymentsOf, pendingTiers } from "./pending";
import { runway } from "./runway";
import { A, D, R, T, USD } from "./treasury-fixture";
import type { Flow } from "./types";

const pay = (amount: bigint) =>
  encodeFunctionData({ abi: erc20Abi, functionName: "transfer", args: [R, amount] });
const p = (
  id: bigint,
  state: PendingProposal["state"],
  calls: [bigint, `0x${string}`][],
  tally = { for: 5n, against: 3n, abstain: 0n },
): PendingProposal => ({
  id,
  title: `P${id}`,
  state,
  tally,
  eta: state === "Queued" ? 1_800_000_000n : null,
  targets: calls.map(([v]) => (v > 0n ? R : USD)),
  values: calls.map(([v]) => v),
  calldatas: calls.map(([, d]) => d),
});

describe("paymentsOf", () => {
  it("reads ETH values, transfer and transferFrom(treasury) calls; other calls pay nothing", () => {
    const from = encodeFunctionData({ abi: erc20Abi, functionName: "transferFrom", args: [T, R, 9n] });
    const notOurs = encodeFunctionData({ abi: erc20Abi, functionName: "transferFrom", args: [D, R, 9n] });
    const approve = encodeFunctionData({ abi: erc20Abi, functionName: "approve", args: [R, 9n] });
    expect(
      paymentsOf(
        {
          targets: [R, USD, USD, USD, A(7)],
          values: [4n, 0n, 0n, 0n, 0n],
          calldatas: ["0x", pay(3n), from, notOurs, approve],
        },
        T,
      ),
    ).toEqual([
      { asset: "ETH", amount: 4n, to: R },
      { asset: USD, amount: 3n, to: R },
      { asset: USD, amount: 9n, to: R },
    ]);
  });
});

describe("pendingTiers", () => {
  it("sums queued, succeeded and For-leading active proposals; balances count surer tiers as paid", () => {
    const tiers = pendingTiers(
      [
        p(1n, "Queued", [[0n, pay(200n)]]),
        p(2n, "Succeeded", [
          [1n, "0x"],
          [0n, pay(100n)],
        ]),
        p(3n, "Active", [[0n, pay(400n)]]),
        p(4n, "Active", [[0n, pay(999n)]], { for: 1n, against: 2n, abstain: 0n }),
        p(5n, "Defeated", [[0n, pay(999n)]]),
        p(6n, "Executed", [[0n, pay(999n)]]),
      ],
      new Map([
        ["ETH", 10n],
        [USD, 650n],
      ]),
      T,
    );
    const view = tiers.map((t) => [
      t.tier,
      t.proposals.map((x) => x.proposal.id),
      [...t.totals],
      [...t.balancesAfter],
    ]);
    expect(view).toEqual([
      [
        "committed",
        [1n],
        [[USD, 200n]],
        [
          ["ETH", 10n],
          [USD, 450n],
        ],
      ],
      [
        "likely",
        [2n],
        [
          ["ETH", 1n],
          [USD, 100n],
        ],
        [
          ["ETH", 9n],
          [USD, 350n],
        ],
      ],
      [
        "possible",
        [3n],
        [[USD, 400n]],
        [
          ["ETH", 9n],
          [USD, -50n],
        ],
      ],
    ]);
  });
});

describe("runway", () => {
  const MAR31 = 1774958400;
  const flow = (amount: bigint, timestamp: number | null, category: Flow["category"] = "funding"): Flow => ({
    id: String(timestamp),
    asset: USD,
    direction: "out",
    amount,
    counterparty: R,
    block: 1,
    logIndex: 0,
    tx: "0x",
    timestamp,
    link: { kind: "none" },
    category,
    source: "Transfer log",
  });

  it.each([
    // balance, pending, flows → monthly average, months, months after pending
    [650n, 200n, [flow(300n, 1768910400)], 50n, 13, 9],
    [650n, 0n, [flow(300n, 1768910400), flow(50n, 1774008000, "other")], 50n, 13, 13],
    // an outflow older than the window is not averaged
    [650n, 0n, [flow(300n, 1700000000)], 0n, null, null],
    [100n, 700n, [flow(600n, 1768910400)], 100n, 1, 0],
  ] as const)(
    "balance %s, pending %s → %s a month, %s / %s months",
    (balance, pending, flows, avg, months, after) => {
      const r = runway(flows, USD, balance, pending, MAR31, 6);
      expect([r.monthlyAverage, r.months, r.monthsAfterPending, r.windowMonths]).toEqual([
        avg,
        months,
        after,
        6,
      ]);
    },
  );
});
