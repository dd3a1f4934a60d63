import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { parseDescription } from "@/domain/proposals/description";
import type { Proposal } from "@/domain/proposals/proposal";
import { ProposalDetail } from "./proposal-detail";

const proposal = (text: string): Proposal => ({
  id: 7n,
  proposer: "0x70997970C51812dc3A010C7d01b50e0d17dc79C8",
  actions: [],
  decoded: [],
  category: "other",
  description: parseDescription(text),
  descriptionHash: "0x00",
  createdBlock: 10n,
  voteStart: 11n,
  voteEnd: 20n,
  state: "Active",
  tally: { for: 0n, against: 0n, abstain: 0n },
  quorum: 100n,
  eta: null,
});

function renderDetail(text: string) {
  render(
    <ProposalDetail
      proposal={proposal(text)}
      report={{ flags: [], outflows: [] }}
      block={20n}
      chainId={31337}
      timeline={[]}
      votes={[]}
      token={{ decimals: 18, symbol: "AIC" }}
      mode={null}
      actions={null}
      verification={null}
    />,
  );
}

describe("ProposalDetail description", () => {
  it("shows a title-only description's title once, and says there is nothing more", () => {
    renderDetail("# Rotate the multisig signer\n\n#proposer=0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
    expect(screen.getAllByText("Rotate the multisig signer")).toHaveLength(1);
    expect(screen.getByText("The description is only its title.")).toBeTruthy();
  });

  it("shows the body below the title when there is one", () => {
    renderDetail("# Rotate the multisig signer\n\nBecause the old key was lost.");
    expect(screen.getAllByText("Rotate the multisig signer")).toHaveLength(1);
    expect(screen.getByText("Because the old key was lost.")).toBeTruthy();
  });
});
