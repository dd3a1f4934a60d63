import { type Hex, hexToNumber, numberToHex, pad } from "viem";
import { describe, expect, it } from "vitest";
import { FIRST_LOG_BUDGET, findFirstLogBlock } from "./first-log-block";
import { createRpc, type RpcClient } from "./rpc";
import { createStatusStore } from "./status";

const HEAD = 23_000_000;
const DAO = "0x00000000000000000000000000000000000000aa" as const;
const hash = (n: number) => pad(numberToHex(n), { size: 32 });

/** A DAO whose contracts log at `first`, then every `every` blocks to the head. */
type History = { first: number; every: number };
/** How the fake node refuses: a result cap (with or without a suggested fit) and/or a block-range cap. */
type Limits = {
  maxResults?: number;
  maxRange?: number;
  style: "infura" | "alchemy" | "plain" | "cloudflare";
};

const count = (h: History, from: number, to: number) => {
  const a = Math.max(from, h.first);
  if (a > to) return 0;
  const start = h.first + Math.ceil((a - h.first) / h.every) * h.every;
  return start > to ? 0 : Math.floor((to - start) / h.every) + 1;
};
const nth = (h: History, from: number, k: number) =>
  h.first + (Math.ceil((Math.max(from, h.first) - h.first) / h.every) + k) * h.every;

/** A fake 23M-block node that serves eth_getLogs from `history` and refuses as real providers do. */
function fakeNode(history: History, limits: Limits, head = HEAD) {
  const seen: [number, number][] = [];
  const client: RpcClient = {
    async request(args) {
      const [filter] = args.params as [{ fromBlock: Hex; toBlock: Hex }];
      const from = hexToNumber(filter.fromBlock);
      const to = Math.min(head, hexToNumber(filter.toBlock));
      seen.push([from, to]);
      const { maxResults = Infinity, maxRange = Infinity, style } = limits;
      if (to - from + 1 > maxRange) {
        if (style === "cloudflare") throw new Error(`Max range: ${maxRange}`);
        if (style === "alchemy")
          throw new Error(
            `You can make eth_getLogs requests with up to a ${maxRange} block range and no limit on the response size, or you can request any block range with a cap of 10K logs in the response. Based on your parameters, this block range should work: [${numberToHex(from)}, ${numberToHex(from + maxRange - 1)}]`,
          );
        throw new Error("block range too large");
      }
      const n = count(history, from, to);
      if (n > maxResults) {
        const fits = nth(history, from, maxResults) - 1;
        if (style === "infura")
          throw new Error(
            `query returned more than ${maxResults} results. Try with this block range [${numberToHex(from)}, ${numberToHex(fits)}].`,
          );
        if (style === "alchemy")
          throw new Error(
            `Log response size exceeded. You can make eth_getLogs requests with up to a 2K block range and no limit on the response size, or you can request any block range with a cap of 10K logs in the response. Based on your parameters, this block range should work: [${numberToHex(from)}, ${numberToHex(fits)}]`,
          );
        throw new Error(`query returned more than ${maxResults} results`);
      }
      return Array.from({ length: n }, (_, k) => {
        const b = nth(history, from, k);
        return {
          address: DAO,
          topics: [hash(1)],
          data: "0x",
          blockNumber: numberToHex(b),
          blockHash: hash(b),
          logIndex: "0x0",
          transactionIndex: "0x0",
          transactionHash: hash(b + 1),
          removed: false,
        };
      });
    },
  };
  const rpc = createRpc(client, createStatusStore(), { sleep: async () => {} });
  return { rpc, seen };
}

// The budget is FIRST_LOG_BUDGET (64) requests. Measured here: 1 where any range is taken, 1-2 behind a result
// cap with a suggested fit (Infura, Alchemy), 7-9 behind a bare 10,000-result cap, 1 behind a named block-range
// cap (the sync then asks the windows), a few halvings behind an unnamed one.
describe("findFirstLogBlock on a 23M-block chain without old state", () => {
  it("answers in one request where the node takes any range", async () => {
    const { rpc, seen } = fakeNode({ first: 18_234_567, every: 5_000 }, { style: "plain" });
    const r = await findFirstLogBlock(rpc, [DAO], HEAD);
    expect(r).toMatchObject({ block: 18_234_567, exact: true, none: false });
    expect(seen).toHaveLength(1);
  });

  // A busy DAO (a log every 10 blocks from its start): every wide query is refused for its result size.
  it.each([
    ["infura", 2],
    ["alchemy", 2],
    ["plain", 12],
  ] as const)(
    "finds the first log exactly behind a 10,000-result cap (%s texts) within %i requests",
    async (style, most) => {
      for (const first of [0, 1, 4_321_987, 18_234_567, 22_999_990]) {
        const { rpc, seen } = fakeNode({ first, every: 10 }, { style, maxResults: 10_000 });
        const r = await findFirstLogBlock(rpc, [DAO], HEAD);
        expect(r).toMatchObject({ block: first, exact: true });
        expect(seen.length).toBeLessThanOrEqual(most);
        expect(seen.length).toBeLessThanOrEqual(FIRST_LOG_BUDGET);
      }
    },
  );

  it("finds a late start of a DAO with a log in every block exactly (the first log's block, not a bound)", async () => {
    const { rpc, seen } = fakeNode({ first: 22_456_789, every: 1 }, { style: "plain", maxResults: 10_000 });
    expect(await findFirstLogBlock(rpc, [DAO], HEAD)).toMatchObject({ block: 22_456_789, exact: true });
    expect(seen.length).toBeLessThanOrEqual(30);
  });

  it("says there are no logs at all when the whole chain answers empty", async () => {
    const { rpc } = fakeNode({ first: HEAD + 1, every: 1 }, { style: "plain" });
    expect(await findFirstLogBlock(rpc, [DAO], HEAD)).toMatchObject({ none: true, exact: true });
  });

  it.each(["alchemy", "plain", "cloudflare"] as const)(
    "leaves the windows to the sync behind a %s block-range cap, at a block below every log",
    async (style) => {
      const head = 250_000;
      const { rpc, seen } = fakeNode({ first: 187_654, every: 3 }, { style, maxRange: 10_000 }, head);
      const r = await findFirstLogBlock(rpc, [DAO], head);
      expect(r.exact).toBe(false);
      expect(r.block).toBeLessThanOrEqual(187_654);
      // A cap the provider names is taken as named; "block range too large" is halved down to one accepted.
      if (style === "plain") expect(r.rangeCap).toBeGreaterThan(5_000);
      else expect(r.rangeCap).toBe(10_000);
      // One refused request where the cap is named (a scan of the 19 empty windows would cost 19 more and
      // the sync would then ask the first window with logs again); a few halvings where it is not.
      expect(seen.length).toBeLessThanOrEqual(style === "plain" ? 8 : 1);
    },
  );

  it("stops within the budget behind a block-range cap on 23M blocks, at a block below every log", async () => {
    const { rpc, seen } = fakeNode({ first: 18_234_567, every: 7 }, { style: "alchemy", maxRange: 2_000 });
    const r = await findFirstLogBlock(rpc, [DAO], HEAD);
    expect(r.exact).toBe(false);
    expect(r.block).toBeLessThanOrEqual(18_234_567);
    expect(r.rangeCap).toBe(2_000);
    expect(seen.length).toBeLessThanOrEqual(FIRST_LOG_BUDGET);
  });
});
