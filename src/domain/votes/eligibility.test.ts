import { describe, expect, it } from "vitest";
import { type VoteContext, voteBlocker } from "./eligibility";

const ok: VoteContext = {
  connected: true,
  onRightChain: true,
  state: "Active",
  power: 10n,
  hasVoted: false,
  chainName: "Plenum devnet",
};

describe("voteBlocker", () => {
  it.each([
    ["can vote", {}, null],
    ["pending", { state: "Pending" }, "Voting has not started yet."],
    ["closed", { state: "Executed" }, "Voting is closed: this proposal passed and was executed."],
    ["no wallet", { connected: false }, "Connect a wallet to vote."],
    // The write path asks the wallet to switch (and sends nothing until it has), so the button stays usable.
    ["wrong chain", { onRightChain: false }, null],
    ["already voted", { hasVoted: true }, "This account has already voted on this proposal."],
    ["loading", { power: null }, "Checking your voting power…"],
    [
      "unreadable power",
      { power: null, powerError: "The RPC endpoint did not answer." },
      "Could not read your voting power: The RPC endpoint did not answer.",
    ],
    ["no power", { power: 0n }, expect.stringContaining("no voting power at the proposal's snapshot")],
    [
      "closed beats not connected",
      { state: "Defeated", connected: false },
      "Voting is closed: this proposal was defeated.",
    ],
  ] as const)("%s", (_, patch, expected) => {
    expect(voteBlocker({ ...ok, ...patch } as VoteContext)).toEqual(expected);
  });
});
