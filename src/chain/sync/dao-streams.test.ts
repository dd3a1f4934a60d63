import { describe, expect, it } from "vitest";
import { daoStreams } from "./dao-streams";

const A = (n: number) => `0x${n.toString(16).padStart(40, "0")}` as const;
const dao = { chainId: 1, governor: A(1), token: A(2), timelock: A(3), treasuryTokens: [A(9)] };
const [EVENT, TRANSFER] = [`0x${"aa".repeat(32)}`, `0x${"bb".repeat(32)}`] as const;

describe("daoStreams", () => {
  it("starts the core stream at the earliest core contract and treasury transfers at the treasury", () => {
    const [core, incoming, outgoing] = daoStreams(dao, [EVENT], TRANSFER);
    expect(core?.filter.address).toEqual([A(1), A(2), A(3)]);
    expect(core?.startsWith).toBeUndefined(); // all of its own addresses
    // The stablecoin is older than the DAO; scanning from its deployment would cost years of empty ranges.
    expect(incoming?.startsWith).toEqual([A(3)]);
    expect(outgoing?.startsWith).toEqual([A(3)]);
    expect(incoming?.filter.topics[1]).toBe(`0x${"0".repeat(24)}${A(3).slice(2)}`);
    expect(outgoing?.filter.topics[2]).toBe(`0x${"0".repeat(24)}${A(3).slice(2)}`);
  });

  it("uses a known deployment block for every stream", () => {
    expect(daoStreams({ ...dao, deployBlock: 77 }, [EVENT], TRANSFER).map((s) => s.fromBlock)).toEqual([
      77, 77, 77,
    ]);
  });
});
