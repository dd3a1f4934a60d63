import { describe, expect, it } from "vitest";
import { ballotProblems, ballotToJson, ballotToLinkParam, parseBallot, type SignedBallot } from "./ballot";

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
    [{ state: "Defeated" }, "proposal is defeated"],
  ])("names the problem (case %#)", (patch, text) => {
    expect(ballotProblems(ballot, { ...ctx, ...patch }).join(" ")).toContain(text);
  });
});
