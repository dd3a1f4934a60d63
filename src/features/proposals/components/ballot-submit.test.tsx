import { render, screen } from "@testing-library/react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { SignedBallot } from "@/domain/votes/ballot";
import type { BallotGovernorKind } from "@/domain/votes/ballot-acceptance";
import { BallotSubmit } from "./ballot-submit";

const governor = "0x00000000000000000000000000000000000000a1";
const ballot: SignedBallot = {
  chainId: 1,
  governor,
  proposalId: 7n,
  support: 1,
  voter: "0x00000000000000000000000000000000000000c3",
  nonce: 0n,
  signature: `0x${"ab".repeat(65)}`,
};
const check = vi.fn();

vi.mock("../api/connected-account", () => ({
  useConnectedAccount: () => ({ address: "0x00000000000000000000000000000000000000d4", chainId: 1 }),
}));
vi.mock("../api/ballots", () => ({
  useBallotCheck: (...args: unknown[]) => check(...args),
  useSubmitBallot: () => ({ status: null, submit: vi.fn() }),
}));

const alpha: BallotGovernorKind = {
  kind: "alpha",
  label: "GovernorAlpha (Compound-style)",
  voteBySignature: false,
};
const oz4: BallotGovernorKind = { kind: "oz4", label: "OpenZeppelin 4.9", voteBySignature: true };
const oz5: BallotGovernorKind = { kind: "oz5", label: "OpenZeppelin 5.x", voteBySignature: true };

const renderPanel = (kind: BallotGovernorKind) =>
  render(<BallotSubmit chainId={1} governor={governor} kind={kind} ballot={ballot} />);
const reasons = () => screen.getByRole("list", { name: "Why this ballot cannot be submitted" });

describe("BallotSubmit on a governor that does not take Plenum's ballot links", () => {
  beforeEach(() => {
    check.mockReset();
    // What a skipped query looks like: pending, never fetched.
    check.mockReturnValue({ data: undefined, error: null, isPending: true });
  });

  it.each([
    [
      "GovernorAlpha",
      alpha,
      "This governor (GovernorAlpha (Compound-style)) does not accept this kind of signed ballot: its castVoteBySig checks a Compound-style ballot, not the OpenZeppelin 5 ballot in this link, so a submit would revert.",
    ],
    [
      "OpenZeppelin 4.x (a Ballot without voter or nonce)",
      oz4,
      "This governor (OpenZeppelin 4.9) does not accept this kind of signed ballot: its Ballot is only (proposal, choice), with no voter or nonce, so the signature in this link would not match and a submit would revert.",
    ],
  ])("%s: says so plainly, checks nothing and offers no submit", (_, kind, words) => {
    renderPanel(kind);
    expect(reasons().textContent).toBe(words);
    expect(check).toHaveBeenCalledWith(1, governor, null);
    expect(screen.queryByRole("button", { name: "Submit ballot" })).toBeNull();
    expect(screen.queryByText(/Checking the ballot/)).toBeNull();
  });

  it("OpenZeppelin 5: the ballot is checked and, with no problem, can be submitted", () => {
    check.mockReturnValue({ data: [], error: null, isPending: false });
    renderPanel(oz5);
    expect(check).toHaveBeenCalledWith(1, governor, ballot);
    expect(screen.queryByRole("list", { name: "Why this ballot cannot be submitted" })).toBeNull();
    expect(screen.getByRole("button", { name: "Submit ballot" })).toBeTruthy();
  });
});
