import { describe, expect, it } from "vitest";
import { daoStreams, treasuryOf } from "./dao-streams";
import { getLogsFilter } from "./fetch-ranges";

const A = (n: number) => `0x${n.toString(16).padStart(40, "0")}` as const;
const dao = { chainId: 1, governor: A(1), token: A(2), timelock: A(3), treasuryTokens: [A(9)] };
const [EVENT, TRANSFER] = [`0x${"aa".repeat(32)}`, `0x${"bb".repeat(32)}`] as const;
const padded = (a: string) => `0x${"0".repeat(24)}${a.slice(2)}`;

describe("daoStreams", () => {
  it("starts the core stream at the earliest core contract and treasury transfers at the treasury", () => {
    const [core, outgoing, incoming] = daoStreams(dao, [EVENT], TRANSFER);
    expect(core?.filter.address).toEqual([A(1), A(2), A(3)]);
    expect(core?.startsWith).toBeUndefined(); // all of its own addresses
    // A token may be years older than the DAO: scanning from genesis would cost years of empty ranges.
    expect(incoming?.startsWith).toEqual([A(3)]);
    expect(outgoing?.startsWith).toEqual([A(3)]);
    expect(outgoing?.filter.topics).toEqual([TRANSFER, padded(A(3))]);
    expect(incoming?.filter.topics).toEqual([TRANSFER, null, padded(A(3))]);
  });

  it("follows transfers of any token, not only listed ones (no address in the filter)", () => {
    const streams = daoStreams(dao, [EVENT], TRANSFER).slice(1);
    for (const s of streams) {
      expect(s.filter.address).toEqual([]);
      expect(getLogsFilter(s.filter)).not.toHaveProperty("address");
      expect(s.id.split(":").slice(0, 2)).toEqual(["1", "any"]);
    }
    expect(
      getLogsFilter(daoStreams(dao, [EVENT], TRANSFER)[0]?.filter ?? { address: [], topics: [] }),
    ).toHaveProperty("address");
  });

  it("uses the governor as the treasury when there is no timelock", () => {
    const guild = { ...dao, timelock: null };
    expect(treasuryOf(guild)).toBe(A(1));
    const [, outgoing] = daoStreams(guild, [EVENT], TRANSFER);
    expect(outgoing?.filter.topics[1]).toBe(padded(A(1)));
    expect(outgoing?.startsWith).toEqual([A(1)]);
  });

  it("uses a known deployment block for every stream", () => {
    expect(daoStreams({ ...dao, deployBlock: 77 }, [EVENT], TRANSFER).map((s) => s.fromBlock)).toEqual([
      77, 77, 77,
    ]);
  });
});
