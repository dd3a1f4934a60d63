import { describe, expect, it } from "vitest";
import {
  ballotProblems,
  ballotScopeProblems,
  ballotToJson,
  ballotToLinkParam,
  parseBallot,
  type SignedBallot,
} from "./ballot";

const ballot: SignedBallot = {
  chainId: 31337,
  governor: "0xDc64a140Aa3E981100a9becA4E685f962f0cF6C9",
  proposalId: 123456789012345678901234567890n,
  support: 1,
  voter: "0xa0Ee7A142d267C1f36714E4a8F75612F20a79720",
  nonce: 0n,
  signature: `0x${"ab".repeat(65)}`,
};
const ctx = {
  chainId: 31337,
  governor: ballot.governor,
  proposalId: ballot.proposalId,
  state: "Active",
  currentNonce: 0n,
  hasVoted: false,
  signer: ballot.voter,
};

describe("ballots", () => {
  it("round-trips through JSON and through a link parameter exactly", () => {
    expect(parseBallot(ballotToJson(ballot))).toEqual(ballot);
    const param = ballotToLinkParam(ballot);
    expect(param).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(parseBallot(param)).toEqual(ballot);
  });

  it.each([
    ["not base64 at all %%", "damaged"],
    [JSON.stringify({ type: "other" }), "not a Plenum ballot"],
    [ballotToJson({ ...ballot }).replace('"support":1', '"support":7'), "For, Against or Abstain"],
    [ballotToJson(ballot).replace(ballot.signature, "0x1234"), "signature is malformed"],
    [ballotToJson(ballot).replace(ballot.voter, "0x123"), "voter address is malformed"],
  ])("refuses %j with a clear message", (text, message) => {
    expect(() => parseBallot(text)).toThrow(message);
  });

  it("accepts a ballot that would succeed now", () => {
    expect(ballotProblems(ballot, ctx)).toEqual([]);
  });

  it.each([
    [{ chainId: 1 }, "signed for chain 31337, not this chain (1)"],
    [{ signer: "0x0000000000000000000000000000000000000001" as const }, "signature does not match the voter"],
    [{ hasVoted: true }, "already voted"],
    [{ currentNonce: 1n }, "nonce is used up"],
    [{ state: "Defeated" }, "The ballot has expired: voting closed, the proposal is defeated."],
    [{ state: "Pending" }, "Voting has not opened yet"],
  ])("names the problem (case %#)", (patch, text) => {
    expect(ballotProblems(ballot, { ...ctx, ...patch }).join(" ")).toContain(text);
  });

  const otherGovernor = "0x5FbDB2315678afecb367f032d93F642f64180aa3" as const;
  it.each([
    ["another chain", { chainId: 1 }, ["The ballot was signed for chain 31337, not this chain (1)."]],
    [
      "another governor",
      { governor: otherGovernor },
      [
        `The ballot was signed for another governor (${ballot.governor}), not this DAO's: it cannot be counted here.`,
      ],
    ],
  ])(
    "refuses a ballot for %s with that reason alone (its signer and nonce mean nothing here)",
    (_, here, expected) => {
      // Recovered over the other governor's domain the signer differs and the nonce is another counter's: not reported.
      const there = { ...ctx, ...here, signer: otherGovernor, currentNonce: 7n, state: "Defeated" };
      expect(ballotProblems(ballot, there)).toEqual(expected);
      expect(ballotScopeProblems(ballot, { chainId: there.chainId, governor: there.governor })).toEqual(
        expected,
      );
    },
  );

  it("each failure has its own message", () => {
    const cases = [
      { chainId: 1 },
      { governor: otherGovernor },
      { signer: otherGovernor },
      { currentNonce: 1n },
      { state: "Executed" },
    ].map((patch) => ballotProblems(ballot, { ...ctx, ...patch }));
    expect(cases.every((p) => p.length === 1)).toBe(true);
    expect(new Set(cases.map((p) => p[0])).size).toBe(cases.length);
  });
});
