import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { governorKindFrom } from "@/domain/dao/governor-kind";
import { kindProbes } from "@/domain/dao/governor-kind-fixtures";
import { DaoOverview } from "./dao-overview";
import { aiCommons, computeGuild } from "./fixtures";

const fact = (term: string) => {
  const dt = screen.getByText(term, { selector: "dt" });
  return dt.nextElementSibling?.textContent ?? "";
};

describe("DaoOverview", () => {
  it("shows a block-clock DAO with blocks and a time estimate", () => {
    render(<DaoOverview dao={aiCommons} chainName="Plenum devnet" />);
    expect(screen.getByRole("heading", { level: 1, name: "AI Commons Governor" })).toBeTruthy();
    expect(fact("Voting period")).toBe("300 blocks (~1 h)");
    expect(fact("Voting delay")).toBe("1 block (~12 s)");
    expect(fact("Proposal threshold")).toBe("1,000 AIC");
    expect(fact("Quorum")).toBe("4% of supply (40,000 AIC)");
    expect(fact("Total supply")).toBe("1,000,000 AIC");
    expect(fact("Timelock")).toContain("0xe7f1…0512");
    expect(fact("ETH balance")).toBe("25 ETH");
    expect(fact("Vote counting")).toBe("For, Against, Abstain; quorum counts For + Abstain");
    expect(screen.queryByText("Proposals", { selector: "dt" })).toBeNull();
    expect(fact("Governor kind")).toBe("OpenZeppelin 5.x");
  });

  it("names a GovernorAlpha and says what it cannot do", () => {
    render(
      <DaoOverview
        dao={{ ...aiCommons, kind: governorKindFrom(kindProbes.alpha) }}
        chainName="Plenum devnet"
      />,
    );
    expect(fact("Governor kind")).toContain("GovernorAlpha (Compound-style)");
    expect(fact("Governor kind")).toContain("GovernorAlpha has no abstain: votes are For or Against.");
  });

  it("shows a timestamp-clock DAO in plain time, with its own treasury", () => {
    render(<DaoOverview dao={computeGuild} chainName="Plenum devnet" />);
    expect(fact("Voting period")).toBe("1 day");
    expect(fact("Voting delay")).toBe("1 h");
    expect(fact("Proposals")).toBe("7");
    expect(fact("Held by the governor (no timelock)")).toContain("0xCf7E…0Fc9");
    expect(fact("Execution")).toBe("Directly by the governor");
  });

  it("offers to copy each address by an accessible name", () => {
    render(<DaoOverview dao={aiCommons} chainName="Plenum devnet" />);
    const rules = screen.getByRole("region", { name: "Token" });
    expect(
      within(rules).getByRole("button", { name: `Copy token address ${aiCommons.token?.address}` }),
    ).toBeTruthy();
  });
});
