import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { type OverviewFigures, OverviewSummary } from "./overview-summary";

const e18 = 10n ** 18n;
const base = "#/31337/0xgov";
const aic = { decimals: 18, symbol: "AIC" };
const figures: OverviewFigures = {
  block: 1234,
  proposals: {
    active: [
      { id: 11n, title: "Fund evals" },
      { id: 12n, title: "Ratify transparency" },
    ],
    needsVote: [{ id: 12n, title: "Ratify transparency", power: 1_200n * e18 }],
  },
  participation: { sample: 8, medianTurnout: 52_000n * e18, medianQuorum: 40_000n * e18, reachedQuorum: 6 },
  concentration: { delegates: 9, toQuorum: 2, toMajority: 3 },
  charter: { charters: 1, active: 4, retired: 1 },
};
const card = (name: string) => screen.getByRole("listitem", { name });

describe("OverviewSummary", () => {
  it("shows each figure with its source and a link into its page", () => {
    render(<OverviewSummary f={figures} units={aic} base={base} />);
    const proposals = card("Active proposals");
    expect(within(proposals).getByText("2")).toBeTruthy();
    expect(within(proposals).getByText("1 needs your vote:")).toBeTruthy();
    const link = within(proposals).getByRole("link", { name: "Ratify transparency" });
    expect(link.getAttribute("href")).toBe(`${base}/proposals/12`);
    expect(proposals.textContent).toContain("(1,200 AIC at its snapshot)");
    expect(within(proposals).getByRole("link", { name: "Open proposals" }).getAttribute("href")).toBe(
      `${base}/proposals?state=Active`,
    );

    const part = card("Participation");
    expect(within(part).getByText("52,000 AIC")).toBeTruthy();
    expect(part.textContent).toContain("last 8 proposals voted on, against a median quorum of 40,000 AIC");
    expect(part.textContent).toContain("6 of 8 reached quorum. From their tallies at block 1,234.");

    const n = card("Nakamoto coefficient");
    expect(within(n).getByText("2")).toBeTruthy();
    expect(n.textContent).toContain("3 hold a majority of the delegated power");
    expect(within(n).getByRole("link", { name: "Delegates" }).getAttribute("href")).toBe(`${base}/delegates`);

    const charter = card("Charter principles");
    expect(within(charter).getByText("4")).toBeTruthy();
    expect(charter.textContent).toContain("In force; 1 retired.");
    expect(within(charter).getByRole("link", { name: "The charter" }).getAttribute("href")).toBe(
      `${base}/charter`,
    );
  });

  it("asks for a wallet before saying what needs a vote, and says when nothing does", () => {
    const anon = { ...figures, proposals: { active: [], needsVote: null } };
    const { rerender } = render(<OverviewSummary f={anon} units={aic} base={base} />);
    expect(card("Active proposals").textContent).toContain("Connect a wallet to see which need your vote.");
    rerender(
      <OverviewSummary
        f={{ ...figures, proposals: { active: [], needsVote: [] } }}
        units={aic}
        base={base}
      />,
    );
    expect(card("Active proposals").textContent).toContain("None needs your vote");
  });

  it("marks figures still being computed as busy, and failures as such", () => {
    const pending: OverviewFigures = {
      block: null,
      proposals: null,
      participation: null,
      concentration: null,
      charter: null,
      failed: { proposals: true },
    };
    const { container } = render(<OverviewSummary f={pending} units={aic} base={base} />);
    expect(container.querySelectorAll("[aria-busy=true]")).toHaveLength(3);
    expect(card("Active proposals").textContent).toContain("Could not read the proposals.");
  });

  it("offers to adopt a charter when there is none, and counts NFT votes whole", () => {
    const f = {
      ...figures,
      charter: { charters: 0, active: 0, retired: 0 },
      participation: { sample: 3, medianTurnout: 7n, medianQuorum: 5n, reachedQuorum: 2 },
    };
    render(<OverviewSummary f={f} units={{ decimals: null, symbol: "NFTs" }} base={base} />);
    const charter = card("Charter principles");
    expect(within(charter).getByText("No charter")).toBeTruthy();
    expect(within(charter).getByRole("link", { name: "Adopt a charter" })).toBeTruthy();
    expect(within(card("Participation")).getByText("7 NFTs")).toBeTruthy();
  });
});
