import { skipToken } from "@tanstack/react-query";
import { describe, expect, it } from "vitest";
import type { DaoLogs } from "./dao-logs";
import { daoVerificationQueryOptions } from "./dao-verification";

const dao = {
  chainId: 31337,
  governor: "0x00000000000000000000000000000000000000a1",
  token: "0x00000000000000000000000000000000000000a2",
  timelock: null,
} as const;
const logs = (headHash: string, events = 0): DaoLogs => ({
  events: Array.from({ length: events }) as DaoLogs["events"],
  syncedTo: 120,
  headHash,
  finalized: 108,
  undecodable: 0,
});

describe("daoVerificationQueryOptions", () => {
  it("keys on the events' identity: a reorg at the same height, or another count, verifies afresh", () => {
    const key = (l: DaoLogs) => JSON.stringify(daoVerificationQueryOptions(dao, l).queryKey);
    expect(key(logs("0xaa"))).toBe(key(logs("0xaa")));
    expect(key(logs("0xbb"))).not.toBe(key(logs("0xaa")));
    expect(key(logs("0xaa", 3))).not.toBe(key(logs("0xaa")));
    expect(daoVerificationQueryOptions(dao, logs("0xaa")).queryKey[2]).toMatchObject({
      governor: dao.governor,
    });
  });

  it("waits with skipToken until there is a synced history", () => {
    expect(daoVerificationQueryOptions(dao, undefined).queryFn).toBe(skipToken);
  });
});
