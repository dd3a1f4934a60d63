import { describe, expect, it } from "vitest";
import type { DaoIdentityRead } from "@/chain/reads/dao-identity";
import { kindProbes } from "./governor-kind-fixtures";
import { daoIdentityFromRead } from "./identity";

const governor = "0x1111111111111111111111111111111111111111";
const timelock = "0x2222222222222222222222222222222222222222";

const read: DaoIdentityRead = {
  chainId: 31337,
  governor,
  blockNumber: 1200n,
  name: "AI Commons Governor",
  version: "1",
  clockMode: "mode=blocknumber&from=default",
  countingMode: "support=bravo&quorum=for,abstain",
  clock: 1200n,
  votingDelay: 1n,
  votingPeriod: 300n,
  proposalThreshold: 1000n * 10n ** 18n,
  quorumNumerator: 4n,
  quorumDenominator: 100n,
  quorumVotes: 40_000n * 10n ** 18n,
  proposalCount: null,
  proposalNeedsQueuing: true,
  timelock,
  token: null,
  kind: kindProbes.oz5,
  treasury: timelock,
  treasuryEth: 10n ** 18n,
};

describe("daoIdentityFromRead", () => {
  it("parses the clock, counting mode and quorum", () => {
    const dao = daoIdentityFromRead(read, 12);
    expect(dao.clock).toEqual({ kind: "blocknumber" });
    expect(dao.countingMode?.quorum).toEqual(["for", "abstain"]);
    expect(dao.quorum?.percent).toBe("4%");
    expect(dao.treasury).toEqual({ address: timelock, ethBalance: 10n ** 18n, isTimelock: true });
  });

  it("treats the governor as its own treasury when there is no timelock", () => {
    const dao = daoIdentityFromRead(
      { ...read, timelock: null, treasury: governor, clockMode: "mode=timestamp" },
      12,
    );
    expect(dao.treasury.isTimelock).toBe(false);
    expect(dao.clock.kind).toBe("timestamp");
  });

  it("names unnamed governors and tolerates missing optional reads", () => {
    const dao = daoIdentityFromRead(
      { ...read, name: " ", quorumNumerator: null, countingMode: null, clockMode: null },
      12,
    );
    expect(dao.name).toBe("Unnamed governor");
    expect(dao.quorum).toBeNull();
    expect(dao.countingMode).toBeNull();
    expect(dao.clock.kind).toBe("blocknumber");
  });
});
