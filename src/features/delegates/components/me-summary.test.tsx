import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { PowerPoint } from "@/domain/delegation/power-history";
import { openProposals, type ProposalRef } from "@/domain/delegation/votes";
import { MeSummary } from "./me-summary";

const e18 = 10n ** 18n;
const ME = "0x00000000000000000000000000000000000000aa";
// A timestamp-clock DAO (Compute Guild): power 500 from t=1,000,000 (block 40), 800 from t=1,003,600 (block 90).
const points: PowerPoint[] = [
  { blockNumber: 40, timestamp: 1_000_000, votes: 500n * e18 },
  { blockNumber: 90, timestamp: 1_003_600, votes: 800n * e18 },
];
const ref = (id: bigint, title: string, snapshot: bigint, voteEnd: bigint): ProposalRef => ({
  id,
  title,
  proposer: ME,
  snapshot,
  voteEnd,
  blockNumber: 30,
});
const now = 1_010_000n;
const refs = [
  ref(1n, "Buy GPUs", 1_001_000n, 1_090_000n), // snapshot between the two checkpoints: 500
  ref(2n, "Rent a cluster", 1_005_000n, 1_090_000n), // after the second: 800
  ref(3n, "Before my time", 999_000n, 1_090_000n), // before any power
  ref(4n, "Closed", 990_000n, 1_000_500n), // voting over
  ref(5n, "Not started", 1_020_000n, 1_090_000n), // snapshot ahead
];

describe("MeSummary on a timestamp-clock DAO", () => {
  it("lists the proposals open now by time, with the power at each snapshot's timepoint", () => {
    render(
      <MeSummary
        account={ME}
        balance={800n * e18}
        votesNow={800n * e18}
        history={[]}
        points={points}
        open={openProposals(refs, now)}
        mine={undefined}
        clock={{ kind: "timestamp" }}
        signed={[]}
        units={{ decimals: 18, symbol: "GLD" }}
        nameOf={() => undefined}
        proposalHref={(id) => `#/p/${id}`}
        titleOf={(id) => `P${id}`}
      />,
    );
    const open = screen.getByRole("region", { name: "Open proposals" });
    expect(within(open).getByRole("heading").textContent).toBe("Open proposals (3)");
    const items = within(open)
      .getAllByRole("listitem")
      .map((li) => li.textContent);
    expect(items).toEqual([
      "Buy GPUs: power at snapshot 500 GLD; needs your vote",
      "Rent a cluster: power at snapshot 800 GLD; needs your vote",
      "Before my time: power at snapshot 0 GLD; no power at its snapshot",
    ]);
    expect(within(open).getByRole("link", { name: "Rent a cluster" }).getAttribute("href")).toBe("#/p/2");
  });
});
