import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { parseDescription } from "@/domain/proposals/description";
import type { Proposal } from "@/domain/proposals/proposal";
import { ProposalRow } from "./proposal-row";

const now = {
  mode: { kind: "blocknumber" } as const,
  clock: 1000n,
  timestamp: 1_700_000_000,
  secondsPerBlock: 12,
};
const proposal: Proposal = {
  id: 1n,
  proposer: "0x70997970C51812dc3A010C7d01b50e0d17dc79C8",
  actions: [],
  decoded: [],
  category: "funding",
  description: parseDescription("# Alpha grant\nbody"),
  descriptionHash: "0x00",
  createdBlock: 1n,
  voteStart: 900n,
  voteEnd: 1300n,
  state: "Active",
  tally: { for: 30n, against: 10n, abstain: 0n },
  quorum: 100n,
  eta: null,
};
const row = (abstain?: boolean) =>
  render(
    <ul>
      <ProposalRow proposal={proposal} href="#/p/1" now={now} mode={null} chainId={31337} abstain={abstain} />
    </ul>,
  );

describe("ProposalRow's tally legend", () => {
  it("names For and Against only on a governor without Abstain (GovernorAlpha)", () => {
    row(false);
    expect(screen.getByText("For 75%, Against 25%")).toBeTruthy();
    expect(screen.queryByText(/Abstain/)).toBeNull();
  });

  it("names Abstain where the governor has it (OpenZeppelin, GovernorBravo)", () => {
    row();
    expect(screen.getByText("For 75%, Against 25%, Abstain 0%")).toBeTruthy();
  });
});
